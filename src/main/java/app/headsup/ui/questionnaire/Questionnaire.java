package app.headsup.ui.questionnaire;

import app.headsup.catalogue.Catalogues;
import app.headsup.catalogue.CodeList;
import app.headsup.catalogue.Oil;
import app.headsup.catalogue.OilCatalogue;
import app.headsup.catalogue.Vocabulary;
import app.headsup.rules.facts.LocalIssue;
import app.headsup.rules.facts.Pregnancy;
import app.headsup.screening.PartnerAsGiver;
import app.headsup.screening.ReceiverAnswers;
import app.headsup.ui.map.BodyMap;
import app.headsup.ui.map.BodyMapArtwork;
import app.headsup.words.Texts;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.data.binder.Binder;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * The questions, as steps bound to one person's {@link Answers}: every question with its label
 * from the vocabulary and a short "why we ask". Builds steps; decides nothing.
 */
public class Questionnaire {

    /** The words of the questions; one language for now, the table's own. */
    private static final Texts TEXTS = Texts.english();

    private final Answers answers;
    private final Vocabulary vocabulary;
    private final Who who;

    public Questionnaire(Answers answers, Vocabulary vocabulary, Who who) {
        this.answers = answers;
        this.vocabulary = vocabulary;
        this.who = who;
    }

    /**
     * Every step for one massage, in order: the receiver's answers, the giver, the oils, the routine. Each is
     * built when it is shown (see {@link Stepper}).
     */
    public static List<Supplier<Step>> oneMassage(Answers answers, Catalogues catalogues) {
        var steps = new ArrayList<>(aboutThemselves(answers, catalogues.vocabulary(), Who.RECEIVER));
        steps.add(new Questionnaire(answers, catalogues.vocabulary(), Who.RECEIVER)::giver);
        steps.add(() -> oils(catalogues.oils(), List.of(answers), List.of(""), List.of(answers)));
        steps.add(() -> routine(catalogues.vocabulary(), List.of(answers)));
        return List.copyOf(steps);
    }

    /** Where {@link #aboutThemselves} asks consent, age and pregnancy, health, and allergies. */
    static final int CONSENT_STEP = 0, AGE_STEP = 1, HEALTH_STEP = 2, ALLERGIES_STEP = 3;

    /**
     * The steps only the one being massaged can answer: consent, age, health, allergies, areas. A client
     * at home answers these; the giver, the oils and the routine are the therapist's part.
     */
    public static List<Supplier<Step>> aboutThemselves(Answers answers, Vocabulary vocabulary, Who who) {
        var questions = new Questionnaire(answers, vocabulary, who);
        return List.of(
                questions::consent,
                questions::aboutReceiver,
                questions::health,
                questions::allergies,
                questions::areas);
    }

    public Step consent() {
        var consent = new RadioButtonGroup<Boolean>(who.consent());
        consent.setItems(true, false);
        consent.setItemLabelGenerator(yes -> yes ? who.yes() : who.no());
        consent.setHelperText(TEXTS.get("check.consent.hint"));
        var binder = new Binder<Answers>();
        binder.forField(consent)
                .asRequired(TEXTS.get("check.consent.required"))
                .bind(Answers::getConsent, Answers::setConsent);
        binder.setBean(answers);
        // Whether the person can say "that hurts" or "stop" belongs with their wish to be massaged, once they want it.
        var withConsent = healthQuestions(vocabulary.codesInTheme(HealthTheme.BESIDE_CONSENT));
        askedOnlyWhile(withConsent, consent, Boolean.TRUE::equals);
        var content = new Div(consent, withConsent);
        return new Step(
                TEXTS.get("check.step.consent", who.prefix()),
                content,
                () -> binder.validate().isOk());
    }

    /**
     * Age and pregnancy, validated inline by a {@link Binder}: an invalid age shows its message at the
     * field, is never written to the answers, and stays in the field to be corrected.
     */
    public Step aboutReceiver() {
        var age = new IntegerField(who.age());
        age.setMin(0);
        age.setMax(ReceiverAnswers.MAX_AGE);
        // The field's own checks (range, not a number) run inside the Binder's validation, with our words.
        String range = TEXTS.get("check.age.range", ReceiverAnswers.MAX_AGE);
        age.setI18n(new IntegerField.IntegerFieldI18n()
                .setMinErrorMessage(range)
                .setMaxErrorMessage(range)
                .setBadInputErrorMessage(range));
        age.setHelperText(TEXTS.get("check.age.hint"));
        var pregnancy = pregnancyQuestion();
        if (who.toYou()) {
            pregnancy.setLabel(TEXTS.get("check.pregnancy.you"));
        }
        pregnancy.setHelperText(TEXTS.get("check.pregnancy.hint"));
        var binder = new Binder<Answers>();
        binder.forField(age)
                .asRequired(TEXTS.get("check.age.required"))
                .bind(Answers::getAgeYears, Answers::setAgeYears);
        binder.forField(pregnancy).bind(Answers::getPregnancy, Answers::setPregnancy);
        binder.setBean(answers);
        // Breastfeeding and the like: asked beside pregnancy, whatever the vocabulary puts there.
        var pregnancyQuestions =
                new Div(pregnancy, healthQuestions(vocabulary.codesInTheme(HealthTheme.BESIDE_PREGNANCY)));
        // Asked only where it can apply: a child's parent is not asked whether the child is pregnant or breastfeeding.
        pregnancyQuestions.setVisible(asksPregnancy(answers.getAgeYears()));
        age.addValueChangeListener(e -> {
            boolean asked = asksPregnancy(e.getValue());
            if (!asked) {
                GatedQuestions.clearAll(pregnancyQuestions);
            }
            pregnancyQuestions.setVisible(asked);
        });
        var content = new Div(age, pregnancyQuestions);
        return new Step(
                TEXTS.get("check.step.age", who.prefix()),
                content,
                () -> binder.validate().isOk());
    }

    /** Until the age is known the pregnancy questions stay: hiding them is only for an age they cannot apply to. */
    private static boolean asksPregnancy(@Nullable Integer ageYears) {
        return ageYears == null || ageYears >= ReceiverAnswers.PREGNANCY_ASKED_FROM;
    }

    /** "Pregnant, or might be?" with no, yes and not sure; nothing chosen until answered. */
    public static RadioButtonGroup<Pregnancy> pregnancyQuestion() {
        var pregnancy = new RadioButtonGroup<Pregnancy>(TEXTS.get("check.pregnancy"));
        pregnancy.setItems(Pregnancy.NO, Pregnancy.YES, Pregnancy.UNSURE);
        pregnancy.setItemLabelGenerator(p -> TEXTS.get("check.pregnancy." + p.name()));
        Required.mark(pregnancy);
        return pregnancy;
    }

    public Step health() {
        var content = new Div(new Paragraph(TEXTS.get("check.health.intro")));
        for (HealthTheme theme : HealthTheme.values()) {
            var codes = theme.codes(vocabulary);
            // A follow-up is asked only after its question's "yes": that question alone says whether the theme opened.
            var open = GatedQuestions.openFor(codes.stream()
                    .filter(code -> vocabulary.followUpOf(code).isEmpty())
                    .map(answers::healthReply)
                    .toList());
            var group = new GatedQuestions(
                    who.toYou() ? theme.gateToYou(TEXTS) : theme.gate(TEXTS), open, () -> healthQuestions(codes));
            group.addClassName("theme");
            content.add(group);
        }
        return Step.of(TEXTS.get("check.step.health", who.prefix()), content);
    }

    public Step allergies() {
        var open = GatedQuestions.openFor(vocabulary.codes(CodeList.ALLERGIES).stream()
                .map(answers::allergyReply)
                .toList());
        return Step.of(
                TEXTS.get("check.step.allergies", who.prefix()), new GatedQuestions(who.allergies(), open, () -> {
                    var questions = new Div();
                    for (String code : vocabulary.codes(CodeList.ALLERGIES)) {
                        questions.add(reply(
                                CodeList.ALLERGIES,
                                code,
                                TEXTS.get(
                                        "check.allergy",
                                        vocabulary
                                                .label(CodeList.ALLERGIES, code)
                                                .toLowerCase(TEXTS.locale())),
                                answers.allergyReply(code),
                                r -> answers.allergy(code, r)));
                    }
                    return questions;
                }));
    }

    /**
     * Local issues: tap an area on the map (or reach it with Tab) and say what is there; the same
     * choice sits in a list beside the map for anyone who would rather pick from a list.
     */
    public Step areas() {
        var selects = new LinkedHashMap<String, Select<String>>();
        var map = new BodyMap(
                BodyMapArtwork.standard(),
                area -> vocabulary.label(CodeList.AREAS, area),
                TEXTS.get("check.areas.map"));
        for (String area : vocabulary.codes(CodeList.AREAS)) {
            var select = new Select<String>();
            select.setLabel(vocabulary.label(CodeList.AREAS, area));
            select.setItems(vocabulary.codes(CodeList.LOCAL_ISSUE_KINDS));
            select.setEmptySelectionAllowed(true);
            select.setEmptySelectionCaption(TEXTS.get("check.areas.nothing"));
            // The empty item is labelled through the generator too.
            select.setItemLabelGenerator(kind -> kind == null
                    ? TEXTS.get("check.areas.nothing")
                    : vocabulary.label(CodeList.LOCAL_ISSUE_KINDS, kind));
            select.getElement().setAttribute("data-area", area);
            answers.localIssues().stream()
                    .filter(issue -> issue.area().equals(area))
                    .findFirst()
                    .ifPresent(issue -> select.setValue(issue.kind()));
            select.addValueChangeListener(e -> {
                answers.mark(area, e.getValue());
                shadeMarked(map);
            });
            selects.put(area, select);
        }
        shadeMarked(map);
        map.onPick(area -> {
            // Focus first, then open: closing the list then hands focus back to this field, not the page.
            selects.get(area).getElement().executeJs("this.focus(); this.opened = true;");
        });
        var list = new Div();
        list.addClassName("area-grid");
        selects.values().forEach(list::add);
        var mapAndList = new Div(map, list);
        mapAndList.addClassName("map-and-list");
        return Step.of(TEXTS.get("check.step.areas", who.prefix()), new Div(new Paragraph(who.areas()), mapAndList));
    }

    private void shadeMarked(BodyMap map) {
        var marked = answers.localIssues().stream()
                .collect(Collectors.toMap(LocalIssue::area, LocalIssue::kind, (a, b) -> a));
        map.shade(
                marked.keySet(),
                "marked",
                area -> TEXTS.get(
                        "check.areas.marked",
                        vocabulary
                                .label(CodeList.LOCAL_ISSUE_KINDS, marked.get(area))
                                .toLowerCase(TEXTS.locale())));
    }

    /** The giver of a single massage: hands, health and allergies, or not screened at all. */
    public Step giver() {
        var screened = new Checkbox(TEXTS.get("check.giver.screened"), answers.giverScreened());
        var conditions = giverConditions(TEXTS.get("check.giver.has"));
        var allergies = new GatedQuestions(
                TEXTS.get("check.giver.allergic"),
                answers.giverAllergiesAnswered() ? !answers.giverAllergies().isEmpty() : null,
                () -> {
                    var which = new CheckboxGroup<String>(TEXTS.get("check.giver.allergic-to"));
                    which.setItems(vocabulary.codes(CodeList.ALLERGIES));
                    which.setItemLabelGenerator(code -> vocabulary.label(CodeList.ALLERGIES, code));
                    which.setValue(Set.copyOf(answers.giverAllergies()));
                    which.setHelperText(TEXTS.get("check.giver.allergy-hint"));
                    which.addValueChangeListener(e -> answers.setGiverAllergies(e.getValue()));
                    return new Div(which);
                });
        var details = new Div(conditions, allergies);
        details.setVisible(answers.giverScreened());
        screened.addValueChangeListener(e -> {
            answers.setGiverScreened(e.getValue());
            details.setVisible(e.getValue());
        });
        return Step.of(TEXTS.get("check.step.giver"), new Div(screened, details));
    }

    /**
     * A partner's own hands, for when they give the massage. What they already answered about themselves
     * (pregnancy, illness, epilepsy, asthma, a cold sore) is not asked again: it counts for both roles.
     */
    public Step hands() {
        var hands = giverConditions(
                TEXTS.get("check.hands"),
                vocabulary.codes(CodeList.GIVER_CONDITIONS).stream()
                        .filter(code -> !PartnerAsGiver.answeredAboutOneself(code, vocabulary))
                        .toList());
        hands.setHelperText(TEXTS.get("check.hands.hint"));
        return Step.of(TEXTS.get("check.step.hands", who.prefix()), hands);
    }

    private CheckboxGroup<String> giverConditions(String label) {
        return giverConditions(label, vocabulary.codes(CodeList.GIVER_CONDITIONS));
    }

    private CheckboxGroup<String> giverConditions(String label, List<String> codes) {
        var conditions = new CheckboxGroup<String>(label);
        conditions.setItems(codes);
        conditions.setItemLabelGenerator(code -> vocabulary.label(CodeList.GIVER_CONDITIONS, code));
        conditions.setValue(
                answers.giverConditions().stream().filter(codes::contains).collect(Collectors.toSet()));
        conditions.addValueChangeListener(e -> answers.setGiverConditions(e.getValue()));
        return conditions;
    }

    /**
     * The oils, and for each receiver which of them they have used or patch-tested before.
     *
     * @param receivers the people being massaged
     * @param names     the name to ask about each by, or "" for "their"
     */
    public static Step oils(
            OilCatalogue catalogue, List<Answers> receivers, List<String> names, List<Answers> everyone) {
        var oils = new MultiSelectComboBox<Oil>(TEXTS.get("check.oils"));
        oils.setItems(catalogue.all());
        oils.setItemLabelGenerator(
                oil -> TEXTS.get(oil.essential() ? "check.oils.essential" : "check.oils.carrier", oil.label()));
        oils.setWidthFull();
        // Every chosen oil stays in sight as a chip, the field growing downwards: on a phone a collapsed "1"
        // hid the rest.
        oils.setAutoExpand(MultiSelectComboBox.AutoExpandMode.VERTICAL);
        var content = new Div(oils);
        var testedGroups = new ArrayList<CheckboxGroup<Oil>>();
        for (int i = 0; i < receivers.size(); i++) {
            var receiver = receivers.get(i);
            var tested = new CheckboxGroup<Oil>(
                    names.get(i).isEmpty()
                            ? TEXTS.get("check.oils.tested")
                            : TEXTS.get("check.oils.tested-by-name", names.get(i)));
            tested.setItemLabelGenerator(Oil::label);
            tested.setVisible(false);
            tested.addValueChangeListener(
                    e -> receiver.setTested(e.getValue().stream().map(Oil::code).toList()));
            testedGroups.add(tested);
            content.add(tested);
        }
        oils.addValueChangeListener(e -> {
            var codes = e.getValue().stream().map(Oil::code).toList();
            everyone.forEach(person -> person.setOils(codes));
            for (var tested : testedGroups) {
                var stillTested = tested.getValue().stream()
                        .filter(e.getValue()::contains)
                        .toList();
                tested.setItems(List.copyOf(e.getValue()));
                tested.setValue(Set.copyOf(stillTested));
                tested.setVisible(!e.getValue().isEmpty());
            }
        });
        // Earlier answers (a returning client, a saved draft): the oils, then what each has used before.
        var startTested = receivers.stream()
                .map(receiver -> Set.copyOf(receiver.tested()))
                .toList();
        var startOils = catalogue.all().stream()
                .filter(oil -> everyone.get(0).oils().contains(oil.code()))
                .collect(Collectors.toSet());
        if (!startOils.isEmpty()) {
            oils.setValue(startOils);
            for (int i = 0; i < testedGroups.size(); i++) {
                var tested = startTested.get(i);
                testedGroups
                        .get(i)
                        .setValue(startOils.stream()
                                .filter(oil -> tested.contains(oil.code()))
                                .collect(Collectors.toSet()));
            }
        }
        return Step.of(TEXTS.get("check.step.oils"), content);
    }

    public static Step routine(Vocabulary vocabulary, List<Answers> everyone) {
        var routine = new RadioButtonGroup<String>(TEXTS.get("check.routine"));
        var choices = new ArrayList<String>();
        choices.add("");
        choices.addAll(vocabulary.codes(CodeList.ROUTINES));
        routine.setItems(choices);
        routine.setItemLabelGenerator(
                id -> id.isEmpty() ? TEXTS.get("check.routine.suggest") : vocabulary.label(CodeList.ROUTINES, id));
        var chosen = everyone.get(0).routine();
        routine.setValue(chosen == null ? "" : chosen);
        routine.addValueChangeListener(e -> everyone.forEach(
                person -> person.setRoutine(e.getValue() == null || e.getValue().isEmpty() ? null : e.getValue())));
        return Step.of(
                TEXTS.get("check.step.routine"), new Div(routine, new Paragraph(TEXTS.get("check.routine.hint"))));
    }

    /**
     * The health questions of these codes, in order. A follow-up (severe asthma after asthma) shows only while
     * the question it follows is answered "yes" or "not sure"; "no" there takes its answer back.
     */
    private Div healthQuestions(List<String> codes) {
        var questions = new Div();
        var asked = new LinkedHashMap<String, RadioButtonGroup<Reply>>();
        for (String code : codes) {
            var list = vocabulary.receiverListOf(code);
            var question =
                    reply(list, code, question(list, code), answers.healthReply(code), r -> answers.health(code, r));
            vocabulary
                    .followUpOf(code)
                    .map(asked::get)
                    .ifPresent(parent -> askedOnlyWhile(question, parent, Reply::opens));
            asked.put(code, question);
            questions.add(question);
        }
        return questions;
    }

    /**
     * Questions shown only while another answer opens them (severe asthma after a "yes" to asthma, whether the
     * person can say "stop" once they want the massage); an answer that closes them takes theirs back.
     */
    private static <T> void askedOnlyWhile(Component questions, RadioButtonGroup<T> answer, Predicate<T> opens) {
        questions.setVisible(opens.test(answer.getValue()));
        answer.addValueChangeListener(e -> {
            if (!opens.test(e.getValue())) {
                GatedQuestions.clearAll(questions);
            }
            questions.setVisible(opens.test(e.getValue()));
        });
    }

    /** A health question: the therapist's screen keeps its label, a person answering about themselves hears "you". */
    private String question(CodeList list, String code) {
        return who.toYou() ? vocabulary.askedOfThemselves(list, code) : vocabulary.label(list, code);
    }

    private RadioButtonGroup<Reply> reply(
            CodeList list, String code, String label, @Nullable Reply current, Consumer<@Nullable Reply> onAnswer) {
        var question = new RadioButtonGroup<Reply>(label);
        question.setItems(Reply.values());
        question.setItemLabelGenerator(Reply::label);
        Required.mark(question);
        if (current != null) {
            question.setValue(current);
        }
        question.setHelperText(vocabulary.term(list, code).map(t -> t.why()).orElse(""));
        question.addValueChangeListener(e -> onAnswer.accept(e.getValue()));
        question.getElement().setAttribute("data-code", code);
        return question;
    }
}
