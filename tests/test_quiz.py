"""The quiz model: what a learner gets back from checking each kind of question."""

import pytest

from careerkit.learning.progress import ProgressStore
from careerkit.learning.quiz import (
    Matching,
    MultipleChoice,
    Ordering,
    Quiz,
    QuizBank,
    ShortAnswer,
    SingleChoice,
    answer_key,
)

COMMON = dict(explanation="Because the seed says so.", topic="glossary", source="001_70d67372d1a04c0d.txt#key-concepts")


def single(qid="s:1", answer=1):
    return SingleChoice(id=qid, prompt="Which one?", choices=("Alpha", "Beta", "Gamma"), answer=answer, **COMMON)


def multiple():
    return MultipleChoice(id="m:1", prompt="Which ones?", choices=("A", "B", "C", "D"), answers={0, 2}, **COMMON)


def matching():
    return Matching(id="x:1", prompt="Match.", left=("one", "two", "three"), right=("1", "2", "3"), pairs=(0, 1, 2), **COMMON)


def ordering():
    return Ordering(id="o:1", prompt="Order.", items=("first", "second", "third", "fourth"), **COMMON)


def short():
    return ShortAnswer(id="t:1", prompt="Name it.", accepted=("DevOps", "development operations"), **COMMON)


def test_single_choice_right_and_wrong():
    right = single().check(1)
    assert (right.correct, right.score, right.expected) == (True, 1.0, "Beta")
    assert right.explanation == "Because the seed says so."
    assert single().check(0).correct is False


def test_single_choice_without_a_pick_asks_for_one():
    with pytest.raises(ValueError, match="Choose one answer"):
        single().check(None)


def test_single_choice_out_of_range_names_question_and_range():
    with pytest.raises(ValueError, match=r"question 's:1': choice 7 is not a number from 0 to 2"):
        single().check(7)


def test_single_choice_refuses_duplicate_choices():
    with pytest.raises(ValueError, match=r"field 'choices' repeats 'A'"):
        SingleChoice(id="bad", prompt="?", choices=("A", "A"), answer=0, **COMMON)


def test_single_choice_needs_two_choices():
    with pytest.raises(ValueError, match=r"question 'bad': field 'choices' needs at least 2 entries, got 1"):
        SingleChoice(id="bad", prompt="?", choices=("A",), answer=0, **COMMON)


def test_empty_prompt_is_refused_by_name():
    with pytest.raises(ValueError, match=r"question 'bad': field 'prompt' is empty"):
        SingleChoice(id="bad", prompt=" ", choices=("A", "B"), answer=0, **COMMON)


def test_multiple_choice_partial_credit():
    q = multiple()
    assert q.check({0, 2}).correct
    half = q.check({0})
    assert (half.correct, half.score) == (False, 0.5)
    assert q.check({0, 1}).score == 0.0
    assert q.check({0, 1, 2, 3}).score == 0.0
    assert q.check([1, 3]).score == 0.0


def test_multiple_choice_with_nothing_ticked_asks_for_a_tick():
    with pytest.raises(ValueError, match="Tick at least one"):
        multiple().check(set())


def test_matching_scores_share_of_pairs():
    q = matching()
    assert q.check([0, 1, 2]).correct
    assert q.check([0, 2, 1]).score == pytest.approx(1 / 3)
    assert q.check([0, None, None]).score == pytest.approx(1 / 3)
    assert q.check([0, 1, 2]).expected == "one -> 1; two -> 2; three -> 3"


def test_matching_needs_one_choice_per_item():
    with pytest.raises(ValueError, match="expected 3 matches, got 2"):
        matching().check([0, 1])
    with pytest.raises(ValueError, match="Match at least one item"):
        matching().check([None, None, None])


def test_ordering_exact_and_by_pairs():
    q = ordering()
    assert q.shown != q.items and sorted(q.shown) == sorted(q.items)
    assert q.check(["first", "second", "third", "fourth"]).correct
    one_swap = q.check(["second", "first", "third", "fourth"])
    assert (one_swap.correct, one_swap.score) == (False, pytest.approx(5 / 6))
    assert q.check(["fourth", "third", "second", "first"]).score == 0.0


def test_ordering_refuses_a_step_used_twice():
    with pytest.raises(ValueError, match="'first' is used 2 times"):
        ordering().check(["first", "first", "third", "fourth"])
    with pytest.raises(ValueError, match="must place all 4 steps; 'fifth' is not one of them"):
        ordering().check(["first", "second", "third", "fifth"])


@pytest.mark.parametrize(
    "typed",
    ["DevOps", "devops", "  dev-ops ", "Dev Ops!", "the DevOps", "Development Operations", "dévops"],
)
def test_short_answer_is_tolerant(typed):
    assert short().check(typed).correct


@pytest.mark.parametrize("typed", ["DevSecOps", "operations", "theDevOps x"])
def test_short_answer_still_rejects_other_words(typed):
    feedback = short().check(typed)
    assert not feedback.correct and feedback.expected == "DevOps"


def test_short_answer_blank_asks_for_text():
    with pytest.raises(ValueError, match="Type an answer"):
        short().check("  ?! ")


def test_short_answer_is_never_evaluated():
    assert not short().check("__import__('os').system('true')").correct


def test_answer_key_drops_only_a_leading_article():
    assert answer_key("The Cloud") == answer_key("cloud")
    assert answer_key("A/B testing") == "abtesting"
    assert answer_key("Theory") == "theory"


def test_quiz_keeps_position_score_and_records_each_check(tmp_path):
    store = ProgressStore(tmp_path / "progress.sqlite3")
    quiz = Quiz([single(), multiple(), short()], store=store, notebook="09_quiz")
    assert quiz.question.id == "s:1"
    quiz.answer(1)
    quiz.next()
    quiz.answer({0})
    quiz.next()
    quiz.next()
    assert quiz.question.id == "t:1"
    quiz.answer("dev ops")
    assert quiz.summary() == "Score: 2.5 of 3 (3 answered)"
    assert quiz.finished
    answers = store.answers(notebook="09_quiz")
    store.close()
    assert list(answers["item_id"]) == ["s:1", "m:1", "t:1"]
    assert list(answers["response"]) == ["Beta", "A", "dev ops"]
    assert list(answers["score"]) == [1.0, 0.5, 1.0] and list(answers["kind"]) == ["quiz"] * 3


def test_quiz_rechecking_is_practice_and_keeps_the_first_score():
    quiz = Quiz([single()])
    first = quiz.answer(0)
    again = quiz.answer(1)
    assert not first.practice and again.practice and again.correct
    assert (quiz.score, quiz.answered, quiz.response()) == (0.0, 1, 1)


def test_quiz_previous_stays_at_first_question():
    quiz = Quiz([single("a"), single("b")])
    assert quiz.previous().id == "a"
    assert quiz.next().id == "b" and quiz.next().id == "b"


def test_quiz_go_to_names_the_range():
    with pytest.raises(ValueError, match="this quiz has questions 0 to 1; there is no question 2"):
        Quiz([single("a"), single("b")]).go_to(2)


def test_quiz_refuses_duplicate_ids():
    with pytest.raises(ValueError, match="a quiz: question id 'a' appears 2 times"):
        Quiz([single("a"), single("a")])


def bank():
    return QuizBank([single(f"s:{i}", answer=i % 3) for i in range(6)] + [multiple(), matching(), ordering(), short()])


def test_same_seed_same_quiz_and_choice_order():
    first, second = bank().sample(5, seed=2026), bank().sample(5, seed=2026)
    assert [q.id for q in first] == [q.id for q in second]
    assert list(first) == list(second)


def test_shuffled_single_choice_keeps_its_answer():
    rng = __import__("random").Random(3)
    for _ in range(20):
        q = single().shuffled(rng)
        assert q.choices[q.answer] == "Beta" and q.check(q.answer).correct


def test_sample_by_topic_and_bad_topic():
    other = SingleChoice(id="r:1", prompt="?", choices=("A", "B"), answer=0, explanation="e", topic="roles", source="s")
    b = QuizBank([single(), other])
    assert [q.id for q in b.sample(1, seed=1, topics="roles")] == ["r:1"]
    with pytest.raises(ValueError, match="unknown topic 'tools'; known topics: glossary, roles"):
        b.sample(1, topics=["tools"])


def on(qid, covers=()):
    return SingleChoice(id=qid, prompt="?", choices=("A", "B"), answer=0, covers=frozenset(covers), **COMMON)


def test_sample_takes_one_question_per_content_item_until_it_runs_out_of_items():
    b = QuizBank([
        on("glossary-term-definition:devops"), on("glossary-definition-term:devops"),
        on("glossary-short-answer:devops"), on("glossary-term-definition:itil"),
    ])
    for seed in range(30):
        assert sorted(q.id.split(":")[1] for q in b.sample(2, seed=seed)) == ["devops", "itil"]
        assert sorted(q.id.split(":")[1] for q in b.sample(3, seed=seed)) == ["devops", "devops", "itil"]
    assert len({tuple(q.id for q in b.sample(2, seed=seed)) for seed in range(30)}) > 1


def test_sample_too_many_says_how_many_there_are():
    with pytest.raises(ValueError, match="from 1 to 10 \\(questions available\\), got 11"):
        bank().sample(11)


def test_bank_lookup_by_id():
    assert bank()["t:1"].expected == "DevOps"
    with pytest.raises(KeyError, match="no question with id 'nope'"):
        bank()["nope"]


def test_a_question_covers_its_own_item_and_the_items_it_names():
    assert single("glossary-short-answer:devops").covers == {"glossary:devops"}
    group = on("glossary-matching:delivery", covers={"glossary:scrum", "glossary:kanban"})
    assert group.covers == {"glossary-group:delivery", "glossary:scrum", "glossary:kanban"}
    with pytest.raises(ValueError, match="question 'q:1': field 'covers' must be a list of texts, not one string"):
        SingleChoice(id="q:1", prompt="?", choices=("A", "B"), answer=0, covers="glossary:devops", **COMMON)


def grouped_bank():
    """A matching question showing three terms, and one question of its own on each of four terms."""
    terms = ["devops", "itil", "scrum", "kanban"]
    matching = on("glossary-matching:delivery", covers={f"glossary:{t}" for t in terms[:3]})
    return QuizBank([matching, *(on(f"glossary-short-answer:{t}") for t in terms)])


def test_sample_never_pairs_a_question_with_one_it_gives_away():
    for seed in range(40):
        ids = [q.id for q in grouped_bank().sample(2, seed=seed)]
        if "glossary-matching:delivery" in ids:
            assert ids.count("glossary-short-answer:kanban") == 1, ids
    draws = {tuple(q.id for q in grouped_bank().sample(2, seed=seed)) for seed in range(40)}
    assert any("glossary-matching:delivery" in ids for ids in draws)


def test_sample_leaves_out_a_wide_question_when_it_blocks_a_longer_quiz():
    for seed in range(40):
        ids = {q.id for q in grouped_bank().sample(4, seed=seed)}
        assert ids == {f"glossary-short-answer:{t}" for t in ["devops", "itil", "scrum", "kanban"]}


def test_sample_fills_up_with_overlapping_questions_only_when_it_must():
    quiz = grouped_bank().sample(5, seed=3)
    assert len({q.id for q in quiz}) == 5
    assert [q.id for q in quiz][-1] == "glossary-matching:delivery"


# ---------------------------------------------------------------- remembering answers between sessions


def test_every_kind_reads_its_stored_answer_back():
    for question, response in [
        (single(), 1), (multiple(), {0, 2}), (matching(), [1, None, 0]), (short(), "dev ops"),
    ]:
        assert question.parse(question.describe(response)) == response, question.kind
    order = ordering()
    assert order.parse(order.describe(list(order.shown))) == list(order.shown)


def test_an_answer_that_no_longer_fits_is_not_read_back():
    assert single().parse("a choice that was removed") is None
    assert multiple().parse("nothing like it") is None


def test_a_store_written_before_first_try_scoring_keeps_its_answers(tmp_path):
    """Rows as the earlier careerkit wrote them (every attempt, same columns) open in the new quiz:
    the first try counts, the latest is what is shown."""
    from careerkit.learning.progress import ProgressStore

    with ProgressStore(tmp_path / "old.sqlite3") as store:
        question = single("old:q")
        store.record_answer("old:q", False, notebook="05_key_concepts", response=question.choices[0], score=0.0)
        store.record_answer("old:q", True, notebook="05_key_concepts", response=question.choices[1], score=1.0)
        quiz = Quiz([question, single("old:r")], store=store, notebook="05_key_concepts")
    assert (quiz.score, quiz.answered) == (0.0, 1)
    assert quiz.response(question) == 1 and quiz.feedback(question).correct
    assert quiz.question.id == "old:r"
