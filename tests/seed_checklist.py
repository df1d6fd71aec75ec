"""The names the two seeds mention, written out by hand so tests need not read the seeds.

Seed 000 (000_d887b3264116e4a0.txt) is the career-stage roadmap; seed 001
(001_70d67372d1a04c0d.txt) is the IT leadership page. Only names and numbers
are kept here, never the seeds' sentences.
"""

ROLE_TITLES = {
    "entry": ["help desk technician", "junior software developer", "QA tester", "IT support specialist", "entry-level data analyst"],
    "mid": ["software engineer", "systems administrator", "network engineer", "cybersecurity analyst", "data scientist", "product manager"],
    "senior": ["senior software engineer", "technical lead", "IT project manager", "security architect", "data engineer"],
    "executive": ["IT director", "VP of engineering", "chief technology officer", "chief information officer"],
}
"""Seed 000, by stage."""

LEADERSHIP_JOB_TITLES = [
    "Chief Information Officer", "Chief Technology Officer", "Chief Information Security Officer",
    "IT Director", "IT Manager", "Information Systems Manager", "IT Project Manager",
    "IT Operations Manager", "IT Security Manager", "IT Supervisor", "Technical Team Lead",
]
"""Seed 001, Job Titles."""

PATHWAY_ROLES = {
    1: ["software developer", "systems analyst", "network engineer"],
    2: ["team lead", "technical lead"],
    3: ["IT manager", "development manager", "infrastructure manager"],
    4: ["Director of IT", "VP of Technology", "VP of Engineering"],
    5: ["CTO", "CIO", "CISO"],
}
"""Seed 001, Career Pathway: the roles each of the five steps names."""

GLOSSARY_TERMS = [
    "Strategic planning", "Project management", "Agile methodologies", "IT governance",
    "ITIL (Information Technology Infrastructure Library)", "Change management", "DevOps",
    "Cybersecurity", "Cloud computing", "Digital transformation", "Data analytics and business intelligence",
]
"""Seed 001, Key Concepts & Terminologies, in order."""

GLOSSARY_EXAMPLES = {
    "Project management": ["Waterfall", "Agile"],
    "Agile methodologies": ["Scrum", "Kanban", "SAFe"],
    "Cloud computing": ["IaaS", "PaaS", "SaaS"],
}

CERTIFICATIONS = [
    "CompTIA A+", "AWS Certified Cloud Practitioner", "CCNA", "AWS Solutions Architect",
    "Certified Information Security Manager", "ITIL", "CISSP", "PMP", "PRINCE2", "Scrum", "SAFe",
]
"""Both seeds: every certification named."""

CERTIFICATION_ISSUERS = {"ITIL": "Axelos", "CISSP": "(ISC)²"}
"""Seed 001 names these issuers; the seeds name no other."""

REQUIRED_SKILLS = [
    "Technical expertise", "Strategic thinking", "Project management", "Team leadership",
    "Communication and collaboration", "Risk management", "Business acumen",
]
"""Seed 001, Required Skills, in order."""

SKILLS_TO_DEVELOP = [
    "Technical expertise", "Project management methodologies", "Leadership and team management",
    "Communication and presentation", "Problem-solving and critical thinking", "Budgeting and financial management",
]
"""Seed 001, Gain Experience and Develop Skills."""

HIGH_SCHOOL_SUBJECTS = ["Mathematics", "Computer Science", "English and Communications", "Business and Economics"]

UNDERGRADUATE_DEGREES = [
    "Computer Science", "Information Systems", "Management Information Systems",
    "Business Administration with a focus on IT or Information Systems",
]
GRADUATE_DEGREES = [
    "Master of Business Administration (MBA) with a focus on Technology Management or Information Systems",
    "Information Systems Management", "IT Management",
]
PATHWAY_DEGREES = ["computer science", "information systems", "software engineering", "MBA", "Technology Management"]
ENTRY_ROUTES = ["computer science degree", "bootcamp", "self-study"]
EXECUTIVE_EDUCATION = ["MBA or executive training"]

TOOLS = {
    "Project Management Tools": ["Trello", "Asana", "Monday.com", "Jira"],
    "Collaboration and Communication Tools": ["Slack", "Microsoft Teams", "Google Workspace", "Zoom"],
    "Documentation and Knowledge Management Tools": ["Confluence", "Notion", "Google Docs", "Microsoft OneNote"],
    "Source Control and Code Management Tools": ["Git", "GitHub", "GitLab", "Bitbucket"],
    "Continuous Integration and Continuous Deployment (CI/CD) Tools": ["Jenkins", "Travis CI", "CircleCI", "GitLab CI/CD"],
    "Monitoring and Analytics Tools": ["Datadog", "New Relic", "Splunk", "Google Analytics"],
    "Cloud Management and Infrastructure Tools": ["Amazon Web Services (AWS)", "Microsoft Azure", "Google Cloud Platform (GCP)", "Kubernetes"],
    "Security and Compliance Tools": ["Qualys", "Tenable", "Rapid7", "Okta"],
    "Industry News and Trends Resources": [
        "TechCrunch", "The Verge", "Ars Technica", "Twitter", "LinkedIn", "Newsletters and blogs", "conferences and webinars",
    ],
}

INDUSTRY_EXAMPLES = {
    "Information Technology and Services": ["Software development companies", "IT consulting firms", "Managed services providers", "Data center and cloud service providers"],
    "healthcare": ["Hospitals and healthcare systems", "Health insurance providers", "Medical device manufacturers", "Pharmaceutical and biotechnology companies"],
    "finance": ["Banks and credit unions", "Investment and wealth management firms", "Insurance companies", "FinTech"],
    "Retail and E-commerce": ["Brick-and-mortar retail chains", "Online retailers and e-commerce platforms", "Supply chain and logistics providers"],
    "telecommunications": ["Mobile network operators", "Internet service providers", "Cable and satellite TV providers"],
    "Energy and Utilities": ["renewable energy", "Electrical power generation and distribution companies", "Water and wastewater management organizations"],
    "manufacturing": ["Automotive manufacturers", "Aerospace and defense companies", "Consumer goods manufacturers", "Industrial equipment and machinery manufacturers"],
    "education": ["Higher education institutions and universities", "K-12 school districts", "EdTech companies and e-learning platforms"],
    "Government and Public Sector": ["local government agencies", "Nonprofit organizations", "International organizations and NGOs"],
    "Media and Entertainment": ["streaming media companies", "Video game developers and publishers", "Music and publishing companies", "Advertising and marketing agencies"],
}
"""Seed 001, industries; lower-case keys are sectors whose heading the seed lost."""

TRAITS = [
    "Strong communication skills", "Emotional intelligence", "Adaptability", "Analytical thinking",
    "Results-oriented", "Strategic thinking", "Decision-making", "Innovation and creativity",
]
"""Seed 001, Ideal Personality Type, in order; the eighth is cut off in the seed."""

WORK_SETTINGS = ["remote", "onsite", "hybrid"]

FREE_RESOURCES = ["MIT Sloan Management Review", "Coursera", "CIO.com", "Gartner", "InformationWeek", "Forrester"]
COMMUNITY = "Bridges in Tech"

DAY_ACTIVITIES = [
    "Review emails and prioritize tasks", "Attend or lead daily stand-up meetings", "Meet with direct reports",
    "Review project progress and budget", "Collaborate with cross-functional teams", "Network and maintain relationships",
    "Attend strategy and planning meetings", "Evaluate new technologies and vendors", "Address any urgent issues",
    "Monitor team performance and provide feedback", "Wrap up and plan for the next day", "Continue professional development",
]
DAY_HEADING_IN_SEED = "Late afternoon"

USE_CASES = {
    "cto-digital-transformation": {
        "role": "Chief technology officer",
        "goals": 4,
        "actions": [
            "Develop a digital transformation strategy", "Establish cross-functional teams", "Identify and prioritize projects",
            "Implement Agile methodologies", "Monitor progress and performance", "Manage change and communication",
            "Foster a culture of innovation", "Evaluate and iterate",
        ],
    },
    "it-manager-scaling-support": {
        "role": "IT manager",
        "goals": 4,
        "actions": [
            "Assess the current IT infrastructure", "Develop an IT strategy and roadmap", "Implement IT policies and best practices",
            "Manage IT budgets and resources", "Lead and develop the IT team", "Oversee IT support services",
            "Monitor and maintain IT infrastructure", "Communicate with stakeholders and senior leadership",
        ],
    },
}

LEADERSHIP_PAY = {"low": 90000, "high": 300000, "open_ended_high": True, "period": "annual", "varies_by": ["experience", "location", "industry"]}
MID_LEVEL_YEARS = (2, 5)
"""Seed 000: 'about two to five years'; the only span of years either seed gives."""
MID_LEVEL_YEARS_WORDING = "about two to five years"
"""Seed 000's own hedge on the mid-level span, kept in the stage's years note."""

EXECUTIVE_BLEND = ["business insight", "technological foresight", "management expertise"]
"""Seed 000, executive paragraph: the three things the top stage combines."""

TOOL_CATEGORY_COUNT = 9

PATHWAY_STEP_KEYWORDS = {
    1: ["computer science", "information systems", "software engineering", "software developer",
        "systems analyst", "network engineer", "programming languages", "advantage"],
    2: ["team lead", "technical lead", "mentor", "interpersonal", "PMP", "PRINCE2", "Scrum", "SAFe"],
    3: ["IT manager", "development manager", "infrastructure manager", "larger teams", "business acumen",
        "MBA", "Master's in Technology Management"],
    4: ["Director of IT", "VP of Technology", "VP of Engineering", "departments", "strategic planning", "budgeting",
        "stakeholder management", "IT executives", "industry experts", "thought leaders"],
    5: ["CTO", "CIO", "CISO", "vision", "execution", "emerging technologies", "competitive", "C-suite", "board members"],
}
"""Seed 001, Career Pathway: names and key words of every bullet of each step (facts.yaml pathway-step-N)."""

STATEMENT_KEYWORDS = {
    "employment-outlook": ["no specific projections", "leaders included", "operations"],
    "networking-advice": ["industry events", "online communities", "local meetups", COMMUNITY, "biased"],
    "career-advice": ["goals", "trends", "feedback", "network", "not always a straight line",
                      "goals and interests", "management"],
    "experience-before-leadership": ["another career", "running systems", "developing software", "managing projects"],
    "management-experience": ["team lead", "project manager", "management posts"],
    "industries-need-leaders": ["innovation", "efficiency", "competitiveness", "maintained", "business goals"],
}
"""Key words each seed statement in facts.yaml must keep (seed 000 closing, seed 001 sections)."""
