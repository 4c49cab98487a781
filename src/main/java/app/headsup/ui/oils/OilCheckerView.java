package app.headsup.ui.oils;

import app.headsup.catalogue.Catalogues;
import app.headsup.catalogue.CodeList;
import app.headsup.catalogue.Oil;
import app.headsup.catalogue.Vocabulary;
import app.headsup.rules.RuleEngine;
import app.headsup.rules.facts.Pregnancy;
import app.headsup.screening.Dilution;
import app.headsup.screening.ReceiverAnswers;
import app.headsup.screening.RequestBuilder;
import app.headsup.screening.RoutineResult;
import app.headsup.screening.Screening;
import app.headsup.screening.ScreeningRequest;
import app.headsup.screening.ScreeningService;
import app.headsup.ui.questionnaire.Questionnaire;
import app.headsup.ui.result.FindingDetails;
import app.headsup.ui.result.OilStatusList;
import app.headsup.words.ScreeningWords;
import app.headsup.words.Texts;
import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.PreserveOnRefresh;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Is this oil fine for this person, and how much of it? Only the questions that matter for oils
 * are asked; the statuses come from the same screening as everything else and update as you answer.
 */
@Route("oils")
@Menu(title = "Oils", order = 3)
@AnonymousAllowed
@PageTitle("Oil checker · HeadsUp")
@PreserveOnRefresh
public class OilCheckerView extends Main {

    private final RuleEngine engine;
    private final ScreeningService screenings;
    private static final Texts TEXTS = Texts.english();
    private final MultiSelectComboBox<Oil> oils = new MultiSelectComboBox<>(TEXTS.get("oils.oils"));
    private final CheckboxGroup<Oil> tested = new CheckboxGroup<>(TEXTS.get("oils.tested"));
    private final IntegerField age = new IntegerField(TEXTS.get("oils.age"));
    private final RadioButtonGroup<Pregnancy> pregnancy = Questionnaire.pregnancyQuestion();
    private final CheckboxGroup<String> allergies = new CheckboxGroup<>(TEXTS.get("oils.allergies"));
    private final CheckboxGroup<String> conditions = new CheckboxGroup<>(TEXTS.get("oils.conditions"));
    private final Div statuses = new Div();
    private final Select<RoutineResult.BlendLine> calculatorOil = new Select<>();
    private final BigDecimalField bottle = new BigDecimalField(TEXTS.get("oils.calculator.bottle-field"));
    private final IntegerField drops = new IntegerField(TEXTS.get("oils.calculator.drops-field"));
    private static final BigDecimal ONE_HUNDRED = BigDecimal.valueOf(100);
    private List<RoutineResult.BlendLine> shares = List.of();
    private final Div calculation = new Div();
    private final OilQuestions questions;
    private final Texts texts = TEXTS;

    public OilCheckerView(RuleEngine engine, ScreeningService screenings) {
        this.engine = engine;
        this.screenings = screenings;
        addClassName("headsup-page");
        var catalogues = engine.ruleSet().catalogues();
        questionFields(catalogues);
        calculatorFields(catalogues.vocabulary());
        // Filled before the listeners are added: the statuses are then worked out once, not once per field.
        questions = OilQuestions.in(UI.getCurrent());
        remember();
        listen();
        add(
                new H1(texts.get("oils.heading")),
                new Paragraph(texts.get("oils.intro")),
                oils,
                tested,
                age,
                pregnancy,
                allergies,
                conditions,
                new H2(texts.get("oils.statuses")),
                statuses,
                calculator(catalogues));
        update();
    }

    /** The oils, the age and only the questions that can change an oil's status or strength. */
    private void questionFields(Catalogues catalogues) {
        var vocabulary = catalogues.vocabulary();
        oils.setItems(catalogues.oils().all());
        oils.setItemLabelGenerator(OilCheckerView::labelWithFlags);
        oils.setWidthFull();
        // Every chosen oil stays in sight as a chip, the field growing downwards: on a phone a collapsed "1"
        // hid the rest.
        oils.setAutoExpand(MultiSelectComboBox.AutoExpandMode.VERTICAL);
        tested.setItemLabelGenerator(Oil::label);
        age.setMin(0);
        age.setMax(ReceiverAnswers.MAX_AGE);
        age.setHelperText(texts.get("oils.age.hint"));
        age.setValueChangeMode(ValueChangeMode.EAGER);
        allergies.setItems(vocabulary.codes(CodeList.ALLERGIES));
        allergies.setItemLabelGenerator(code -> vocabulary.label(CodeList.ALLERGIES, code));
        conditions.setItems(engine.ruleSet().codesThatChangeOils());
        conditions.setItemLabelGenerator(code -> vocabulary.label(vocabulary.receiverListOf(code), code));
        conditions.setHelperText(texts.get("oils.conditions.hint"));
        statuses.setId("oil-statuses");
        statuses.getElement().setAttribute("aria-live", "polite");
    }

    private void calculatorFields(Vocabulary vocabulary) {
        calculatorOil.setLabel(texts.get("oils.calculator.oil-field"));
        calculatorOil.setItemLabelGenerator(share -> share == null ? "" : vocabulary.label(CodeList.OILS, share.oil()));
        bottle.setValueChangeMode(ValueChangeMode.EAGER);
        drops.setMin(0);
        drops.setI18n(new IntegerField.IntegerFieldI18n()
                .setMinErrorMessage(texts.get("oils.calculator.drops-from-zero"))
                .setBadInputErrorMessage(texts.get("oils.calculator.whole-drops")));
        drops.setValueChangeMode(ValueChangeMode.EAGER);
        calculation.setId("calculation");
        calculation.getElement().setAttribute("aria-live", "polite");
    }

    /** Any answer works the statuses out again; the calculator's own fields only the calculation. */
    private void listen() {
        oils.addValueChangeListener(e -> {
            // Only the oils picked can be ticked as tested.
            var still =
                    tested.getValue().stream().filter(e.getValue()::contains).toList();
            tested.setItems(List.copyOf(e.getValue()));
            tested.setValue(Set.copyOf(still));
            update();
        });
        tested.addValueChangeListener(e -> update());
        age.addValueChangeListener(e -> update());
        pregnancy.addValueChangeListener(e -> update());
        allergies.addValueChangeListener(e -> update());
        conditions.addValueChangeListener(e -> update());
        calculatorOil.addValueChangeListener(e -> calculate());
        bottle.addValueChangeListener(e -> calculate());
        drops.addValueChangeListener(e -> calculate());
    }

    private Component calculator(Catalogues catalogues) {
        var calculator = new Div(
                new H2(texts.get("oils.calculator.heading")),
                new Paragraph(
                        texts.get("oils.calculator.intro", catalogues.guidance().dropCount())),
                bottle,
                calculation,
                calculatorOil,
                drops);
        calculator.addClassName("card");
        return calculator;
    }

    /** Fills the fields from what this tab entered before, and keeps every change there. */
    private void remember() {
        var binder = new Binder<OilQuestions>();
        // Only the oils picked can be ticked as tested (later, the oils' listener keeps this so).
        tested.setItems(List.copyOf(questions.getOils()));
        binder.bind(oils, OilQuestions::getOils, OilQuestions::setOils);
        binder.bind(tested, OilQuestions::getTested, OilQuestions::setTested);
        binder.bind(age, OilQuestions::getAge, OilQuestions::setAge);
        binder.bind(pregnancy, OilQuestions::getPregnancy, OilQuestions::setPregnancy);
        binder.bind(allergies, OilQuestions::getAllergies, OilQuestions::setAllergies);
        binder.bind(conditions, OilQuestions::getConditions, OilQuestions::setConditions);
        binder.bind(bottle, OilQuestions::getBottle, OilQuestions::setBottle);
        binder.bind(drops, OilQuestions::getDrops, OilQuestions::setDrops);
        binder.setBean(questions);
    }

    @Override
    protected void onAttach(AttachEvent event) {
        questions.keepIn(event.getUI());
    }

    /** Sun-sensitising oils and nut carriers are flagged where they are picked. */
    private static String labelWithFlags(Oil oil) {
        var flags = new ArrayList<String>();
        flags.add(TEXTS.get(oil.essential() ? "oils.flags.essential" : "oils.flags.carrier"));
        if (oil.phototoxic()) {
            flags.add(TEXTS.get("oils.flags.sun"));
        }
        if (oil.fromNuts()) {
            flags.add(TEXTS.get("oils.flags.nuts"));
        }
        return TEXTS.get("oils.flags", oil.label(), String.join(", ", flags));
    }

    private void update() {
        statuses.removeAll();
        if (oils.getValue().isEmpty()) {
            statuses.add(new Paragraph(texts.get("oils.pick-an-oil")));
            refreshCalculator(List.of());
            return;
        }
        Integer years = age.getValue();
        if (years == null || years < 0 || years > ReceiverAnswers.MAX_AGE || age.isInvalid()) {
            statuses.add(new Paragraph(texts.get("oils.enter-an-age", ReceiverAnswers.MAX_AGE)));
            refreshCalculator(List.of());
            return;
        }
        // Asked only where it can apply: a five-year-old's parent is not asked whether the child is pregnant.
        pregnancy.setVisible(years >= ReceiverAnswers.PREGNANCY_ASKED_FROM);
        if (pregnancy.isVisible() && pregnancy.isEmpty()) {
            statuses.add(new Paragraph(texts.get("oils.answer-pregnancy")));
            refreshCalculator(List.of());
            return;
        }
        var request = request(years);
        var check = screenings.checkOils(request);
        show(check.screening(), check.sharesOncePatchTested());
        refreshCalculator(check.sharesOncePatchTested());
    }

    /** Only the oil questions: the giver is not screened here, and no routine is asked for. */
    private ScreeningRequest request(int years) {
        var vocabulary = engine.ruleSet().catalogues().vocabulary();
        var request = RequestBuilder.receiver(years)
                .pregnancy(years < ReceiverAnswers.PREGNANCY_ASKED_FROM ? Pregnancy.NO : pregnancy.getValue())
                .allergies(allergies.getValue().toArray(String[]::new))
                .oils(oils.getValue().stream().map(Oil::code).toArray(String[]::new))
                .tested(tested.getValue().stream().map(Oil::code).toArray(String[]::new));
        for (String code : conditions.getValue()) {
            if (vocabulary.receiverListOf(code) == CodeList.MEDICATIONS) {
                request.medications(code);
            } else {
                request.conditions(code);
            }
        }
        return request.build();
    }

    private void show(Screening screening, List<RoutineResult.BlendLine> shares) {
        var words = new ScreeningWords(texts, engine.ruleSet().catalogues().vocabulary());
        statuses.add(new OilStatusList(screening.oils(), words));
        if (shares.size() > 1) {
            var together = new Paragraph(texts.get(
                    "oils.shares",
                    shares.stream()
                            .map(share ->
                                    texts.get("oils.share", words.oilName(share.oil()), words.percent(share.percent())))
                            .collect(Collectors.joining(", "))));
            together.setId("shares");
            statuses.add(together);
        }
        // Why each status and limit is what it is: every finding of these answers, with its reason and source.
        if (!screening.findings().isEmpty()) {
            var why = new Div(new H2(texts.get("oils.why")));
            why.setId("oil-findings");
            screening.findings().forEach(f -> why.add(new FindingDetails(f, texts)));
            statuses.add(why);
        }
        if (screening.patchTest() != null) {
            var steps = new OrderedList();
            screening.patchTest().steps().forEach(step -> steps.add(new ListItem(step)));
            var card = new Div(new H2(texts.get("oils.how-to-patch-test")), steps);
            card.addClassName("card");
            card.setId("patch-test");
            statuses.add(card);
        }
    }

    private void refreshCalculator(List<RoutineResult.BlendLine> shares) {
        this.shares = shares;
        var chosen = calculatorOil.getValue();
        calculatorOil.setItems(shares);
        calculatorOil.setValue(shares.stream()
                .filter(share -> chosen != null && share.oil().equals(chosen.oil()))
                .findFirst()
                .orElse(shares.isEmpty() ? null : shares.getFirst()));
        calculate();
    }

    /** Each oil's most drops in the bottle at its share; then, for one oil, what the drops someone means to add make. */
    private void calculate() {
        calculation.removeAll();
        var ml = bottle.getValue();
        if (shares.isEmpty()) {
            calculation.add(new Paragraph(texts.get("oils.calculator.pick")));
            return;
        }
        if (ml == null || ml.signum() <= 0 || ml.compareTo(BigDecimal.valueOf(1000)) > 0) {
            calculation.add(new Paragraph(texts.get("oils.calculator.bottle")));
            return;
        }
        var words = new ScreeningWords(texts, engine.ruleSet().catalogues().vocabulary());
        var most = new UnorderedList();
        for (var share : shares) {
            most.add(new ListItem(texts.get(
                    "oils.calculator.most",
                    words.oilName(share.oil()),
                    words.percent(share.percent()),
                    words.dropsIn(ml, share.percent()))));
        }
        calculation.add(most);
        var oil = calculatorOil.getValue();
        Integer wanted = drops.getValue();
        if (oil != null && wanted != null && wanted < 0) {
            calculation.add(new Paragraph(texts.get("oils.calculator.drops-from-zero")));
        } else if (oil != null && wanted != null && wanted > Dilution.drops(ml, ONE_HUNDRED)) {
            calculation.add(new Paragraph(texts.get(
                    "oils.calculator.more-than-the-bottle",
                    ml.stripTrailingZeros().toPlainString(),
                    Dilution.drops(ml, ONE_HUNDRED))));
        } else if (oil != null && wanted != null) {
            int allowed = Dilution.drops(ml, oil.percent());
            var percent = Dilution.percent(wanted, ml);
            var line = new Paragraph(
                    wanted > allowed
                            ? texts.get(
                                    "oils.calculator.too-strong",
                                    wanted,
                                    words.oilName(oil.oil()),
                                    words.percent(percent),
                                    words.dropsIn(ml, oil.percent()))
                            : texts.get(
                                    "oils.calculator.makes", wanted, words.oilName(oil.oil()), words.percent(percent)));
            if (wanted > allowed) {
                line.addClassName("too-strong");
            }
            calculation.add(line);
        }
    }
}
