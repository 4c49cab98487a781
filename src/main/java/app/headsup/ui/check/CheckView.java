package app.headsup.ui.check;

import java.util.ArrayList;
import java.util.List;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;

import app.headsup.catalogue.CodeList;
import app.headsup.catalogue.Oil;
import app.headsup.catalogue.Vocabulary;
import app.headsup.rules.RuleEngine;
import app.headsup.rules.RulesUnavailableException;
import app.headsup.rules.facts.LocalIssue;
import app.headsup.rules.facts.Pregnancy;
import app.headsup.screening.ScreeningService;
import app.headsup.ui.MainLayout;
import app.headsup.ui.result.ResultPanel;
import app.headsup.ui.unavailable.UnavailableView;

/**
 * The questionnaire for one massage, one step at a time. Steps stay alive while you move back and
 * forth, so no answer is lost; each theme of health questions hides behind one plain gate question.
 * The safety answer comes from the screening service, never from this view.
 */
@Route(value = "check", layout = MainLayout.class)
@PageTitle("Check a massage · HeadsUp")
public class CheckView extends Main implements BeforeEnterObserver {

    private final RuleEngine engine;
    private final ScreeningService screenings;
    private final Answers answers = new Answers();
    private final List<Step> steps = new ArrayList<>();
    private final Div stepHolder = new Div();
    private final ProgressBar progress = new ProgressBar();
    private final Span progressText = new Span();
    private final Button back = new Button("Back");
    private final Button next = new Button("Next");
    private final Div questionnaire = new Div();
    private final Div result = new Div();
    private int current;

    /** One page of questions, and what must hold before moving on. */
    private record Step(String title, Component content, java.util.function.BooleanSupplier valid) {
    }

    public CheckView(RuleEngine engine, ScreeningService screenings) {
        this.engine = engine;
        this.screenings = screenings;
        addClassName("headsup-page");
        if (!engine.isUp()) {
            return;
        }
        Vocabulary vocabulary = engine.ruleSet().catalogues().vocabulary();
        steps.add(consentStep());
        steps.add(receiverStep());
        steps.add(healthStep(vocabulary));
        steps.add(allergyStep(vocabulary));
        steps.add(localIssueStep(vocabulary));
        steps.add(giverStep(vocabulary));
        steps.add(oilStep(vocabulary));
        steps.add(routineStep(vocabulary));

        progress.setMin(0);
        progress.setMax(steps.size());
        progress.getElement().setAttribute("aria-label", "Progress through the questions");
        progressText.addClassName("step-progress");
        back.addClickListener(e -> show(current - 1));
        next.addThemeVariants(ButtonVariant.PRIMARY);
        next.addClickListener(e -> forward());
        var buttons = new Div(back, next);
        buttons.addClassName("step-buttons");
        questionnaire.add(new H1("Check a massage"), new Div(progress, progressText), stepHolder, buttons);
        add(questionnaire, result);
        show(0);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (!engine.isUp()) {
            event.forwardTo(UnavailableView.class);
        }
    }

    private void forward() {
        var step = steps.get(current);
        if (!step.valid().getAsBoolean()) {
            return;
        }
        boolean noConsent = current == 0 && Boolean.FALSE.equals(answers.getConsent());
        if (noConsent || current == steps.size() - 1) {
            showResult();
        } else {
            show(current + 1);
        }
    }

    private void show(int index) {
        current = Math.max(0, Math.min(index, steps.size() - 1));
        stepHolder.removeAll();
        var step = steps.get(current);
        stepHolder.add(new H2(step.title()), step.content());
        progress.setValue(current);
        progressText.setText("Step " + (current + 1) + " of " + steps.size());
        back.setEnabled(current > 0);
        next.setText(current == steps.size() - 1 ? "See result" : "Next");
        questionnaire.setVisible(true);
        result.setVisible(false);
    }

    private void showResult() {
        result.removeAll();
        var change = new Button("Change answers", e -> show(current));
        try {
            var vocabulary = engine.ruleSet().catalogues().vocabulary();
            var screening = screenings.screen(answers.toRequest(vocabulary));
            result.add(new ResultPanel(screening, vocabulary), change);
        } catch (RulesUnavailableException e) {
            getUI().ifPresent(ui -> ui.navigate(UnavailableView.class));
            return;
        }
        questionnaire.setVisible(false);
        result.setVisible(true);
    }

    private Step consentStep() {
        var consent = new RadioButtonGroup<Boolean>("Does the person being massaged want a massage today?");
        consent.setItems(true, false);
        consent.setItemLabelGenerator(yes -> yes ? "Yes, they want it" : "No, not today");
        consent.setHelperText("A massage happens only when the receiver wants it. If one of you is not keen, "
                + "that is a perfectly good answer.");
        consent.setRequiredIndicatorVisible(true);
        consent.addValueChangeListener(e -> {
            answers.setConsent(e.getValue());
            consent.setInvalid(false);
        });
        return new Step("Consent", consent, () -> required(consent, "Please choose yes or no."));
    }

    private Step receiverStep() {
        var age = new IntegerField("Age of the person being massaged (years)");
        age.setMin(0);
        age.setMax(120);
        age.setRequiredIndicatorVisible(true);
        age.setHelperText("Children, older people and babies need gentler touch and weaker oils.");
        age.addValueChangeListener(e -> answers.setAgeYears(e.getValue()));
        var pregnancy = new RadioButtonGroup<Pregnancy>("Pregnant, or might be?");
        pregnancy.setItems(Pregnancy.NO, Pregnancy.YES, Pregnancy.UNSURE);
        pregnancy.setItemLabelGenerator(p -> switch (p) {
            case NO -> "No";
            case YES -> "Yes";
            case UNSURE -> "Not sure";
        });
        pregnancy.setValue(Pregnancy.NO);
        pregnancy.setHelperText("Pregnancy changes the pressure, the areas and the oils that are safe.");
        pregnancy.addValueChangeListener(e -> answers.setPregnancy(e.getValue()));
        return new Step("About the person being massaged", new Div(age, pregnancy), () -> {
            Integer value = age.getValue();
            boolean ok = value != null && value >= 0 && value <= 120 && !age.isInvalid();
            age.setInvalid(!ok);
            age.setErrorMessage("Please enter a whole number of years from 0 to 120.");
            return ok;
        });
    }

    private Step healthStep(Vocabulary vocabulary) {
        var content = new Div(new Paragraph("Answer \"no\" to move on; \"yes or not sure\" opens a few short "
                + "questions. When you are not sure, we take the careful path."));
        for (HealthTheme theme : HealthTheme.values()) {
            var gate = new RadioButtonGroup<Boolean>(theme.gate());
            gate.setItems(false, true);
            gate.setItemLabelGenerator(open -> open ? "Yes, or not sure" : "No");
            gate.setValue(false);
            var questions = new Div();
            questions.addClassName("follow-ups");
            questions.setVisible(false);
            for (String code : theme.codes()) {
                questions.add(replyQuestion(vocabulary, listOf(vocabulary, code), code,
                        reply -> answers.health(code, reply)));
            }
            gate.addValueChangeListener(e -> questions.setVisible(Boolean.TRUE.equals(e.getValue())));
            var group = new Div(gate, questions);
            group.addClassName("theme");
            content.add(group);
        }
        return new Step("Health", content, () -> true);
    }

    private static CodeList listOf(Vocabulary vocabulary, String code) {
        return vocabulary.contains(CodeList.MEDICATIONS, code) ? CodeList.MEDICATIONS : CodeList.RECEIVER_CONDITIONS;
    }

    private RadioButtonGroup<Reply> replyQuestion(Vocabulary vocabulary, CodeList list, String code,
            java.util.function.Consumer<Reply> onAnswer) {
        var term = vocabulary.term(list, code).orElseThrow();
        var question = new RadioButtonGroup<Reply>(term.label());
        question.setItems(Reply.values());
        question.setItemLabelGenerator(Reply::label);
        question.setValue(Reply.NO);
        question.setHelperText(term.why());
        question.addValueChangeListener(e -> onAnswer.accept(e.getValue()));
        question.getElement().setAttribute("data-code", code);
        return question;
    }

    private Step allergyStep(Vocabulary vocabulary) {
        var gate = new RadioButtonGroup<Boolean>("Is the person being massaged allergic to anything?");
        gate.setItems(false, true);
        gate.setItemLabelGenerator(open -> open ? "Yes, or not sure" : "No");
        gate.setValue(false);
        var questions = new Div();
        questions.setVisible(false);
        for (String code : vocabulary.codes(CodeList.ALLERGIES)) {
            var question = replyQuestion(vocabulary, CodeList.ALLERGIES, code, reply -> answers.allergy(code, reply));
            question.setLabel("Allergic to: " + vocabulary.label(CodeList.ALLERGIES, code).toLowerCase() + "?");
            questions.add(question);
        }
        gate.addValueChangeListener(e -> questions.setVisible(Boolean.TRUE.equals(e.getValue())));
        return new Step("Allergies", new Div(gate, questions), () -> true);
    }

    private Step localIssueStep(Vocabulary vocabulary) {
        var content = new Div(new Paragraph("Is there anything on one of these areas: a cut, a bruise, a rash, or "
                + "simply a place they would rather not have touched? Leave the rest as it is."));
        for (String area : vocabulary.codes(CodeList.AREAS)) {
            var select = new Select<String>();
            select.setLabel(vocabulary.label(CodeList.AREAS, area));
            select.setItems(vocabulary.codes(CodeList.LOCAL_ISSUE_KINDS));
            // The empty item is labelled through the generator too.
            select.setItemLabelGenerator(kind -> kind == null ? "Nothing there"
                    : vocabulary.label(CodeList.LOCAL_ISSUE_KINDS, kind));
            select.setEmptySelectionAllowed(true);
            select.setEmptySelectionCaption("Nothing there");
            select.getElement().setAttribute("data-area", area);
            select.addValueChangeListener(e -> {
                answers.localIssues().removeIf(issue -> issue.area().equals(area));
                if (e.getValue() != null) {
                    answers.localIssues().add(new LocalIssue(e.getValue(), area));
                }
            });
            content.add(select);
        }
        content.addClassName("area-grid");
        return new Step("Areas", content, () -> true);
    }

    private Step giverStep(Vocabulary vocabulary) {
        var screened = new Checkbox("Check the giver's hands and health too", true);
        var conditions = new CheckboxGroup<String>("The giver has:");
        conditions.setItems(vocabulary.codes(CodeList.GIVER_CONDITIONS));
        conditions.setItemLabelGenerator(code -> vocabulary.label(CodeList.GIVER_CONDITIONS, code));
        conditions.addValueChangeListener(e -> {
            answers.giverConditions().clear();
            answers.giverConditions().addAll(e.getValue());
        });
        var allergies = new CheckboxGroup<String>("The giver is allergic to:");
        allergies.setItems(vocabulary.codes(CodeList.ALLERGIES));
        allergies.setItemLabelGenerator(code -> vocabulary.label(CodeList.ALLERGIES, code));
        allergies.setHelperText("Oil touches the giver's hands too.");
        allergies.addValueChangeListener(e -> {
            answers.giverAllergies().clear();
            answers.giverAllergies().addAll(e.getValue());
        });
        var details = new Div(conditions, allergies);
        screened.addValueChangeListener(e -> {
            answers.setGiverScreened(e.getValue());
            details.setVisible(e.getValue());
        });
        return new Step("The giver", new Div(screened, details), () -> true);
    }

    private Step oilStep(Vocabulary vocabulary) {
        var catalogue = engine.ruleSet().catalogues().oils();
        var oils = new MultiSelectComboBox<Oil>("Oils you mean to use (none for a dry massage)");
        oils.setItems(catalogue.all());
        oils.setItemLabelGenerator(oil -> oil.label() + (oil.essential() ? " (essential oil)" : " (carrier oil)"));
        oils.setWidthFull();
        var tested = new CheckboxGroup<Oil>("Already used on the skin, or patch-tested, without any reaction:");
        tested.setItemLabelGenerator(Oil::label);
        tested.setVisible(false);
        oils.addValueChangeListener(e -> {
            answers.oils().clear();
            e.getValue().stream().map(Oil::code).forEach(answers.oils()::add);
            var stillTested = tested.getValue().stream().filter(e.getValue()::contains).toList();
            tested.setItems(List.copyOf(e.getValue()));
            tested.setValue(java.util.Set.copyOf(stillTested));
            tested.setVisible(!e.getValue().isEmpty());
        });
        tested.addValueChangeListener(e -> {
            answers.tested().clear();
            e.getValue().stream().map(Oil::code).forEach(answers.tested()::add);
        });
        return new Step("Oils", new Div(oils, tested), () -> true);
    }

    private Step routineStep(Vocabulary vocabulary) {
        var routine = new RadioButtonGroup<String>("Which routine would you like?");
        var choices = new ArrayList<String>();
        choices.add("");
        choices.addAll(vocabulary.codes(CodeList.ROUTINES));
        routine.setItems(choices);
        routine.setItemLabelGenerator(id -> id.isEmpty() ? "Suggest one for us"
                : vocabulary.label(CodeList.ROUTINES, id));
        routine.setValue("");
        routine.addValueChangeListener(e -> answers.setRoutine(e.getValue() == null || e.getValue().isEmpty()
                ? null : e.getValue()));
        return new Step("Routine", new Div(routine, new Paragraph("A routine is only suggested once it is safe, "
                + "with anything to leave out already taken out.")), () -> true);
    }

    private static boolean required(RadioButtonGroup<?> field, String message) {
        boolean ok = field.getValue() != null;
        field.setErrorMessage(message);
        field.setInvalid(!ok);
        return ok;
    }
}
