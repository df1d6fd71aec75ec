"""Layer 5, pages: what one notebook (or one group of notebooks) shows, in a module named after it.

``stages`` serves notebooks 01-04, ``key_concepts`` 05, ``use_cases`` 06-07, ``salary_exploration`` 08,
``day_in_the_life`` 09, ``tools_and_industries`` 10, ``education_and_certifications`` 11 and
``career_plan`` 12; ``start_here`` 00 (the pre-flight check); ``room`` the room quiz an instructor gives
any notebook; ``common`` holds what several pages share. A notebook cell calls one function here."""
