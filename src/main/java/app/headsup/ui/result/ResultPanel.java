package app.headsup.ui.result;

import app.headsup.catalogue.Catalogues;
import app.headsup.catalogue.CodeList;
import app.headsup.catalogue.Guidance;
import app.headsup.catalogue.Vocabulary;
import app.headsup.rules.Level;
import app.headsup.rules.facts.OilStatus;
import app.headsup.screening.CarrierAdvice;
import app.headsup.screening.Finding;
import app.headsup.screening.RoutineResult;
import app.headsup.screening.Screening;
import app.headsup.screening.Verdict;
import app.headsup.ui.map.BodyMap;
import app.headsup.ui.map.BodyMapArtwork;
import app.headsup.words.ScreeningWords;
import app.headsup.words.Texts;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.stream.Collectors;

/**
 * One screening, shown: the verdict first, then why, then how. The routine appears only when the
 * screening has one, so nothing here can suggest a massage that the verdict does not allow.
 */
public class ResultPanel extends Section {

    private final Vocabulary vocabulary;
    private final Guidance guidance;
    private final Texts texts;
    private final ScreeningWords words;
    private final Clock clock;

    /** @param clock the app's clock, for the patch-test reminder's time */
    public ResultPanel(Screening screening, Catalogues catalogues, Clock clock) {
        this.vocabulary = catalogues.vocabulary();
        this.guidance = catalogues.guidance();
        this.texts = Texts.english();
        this.words = new ScreeningWords(texts, vocabulary);
        this.clock = clock;
        addClassName("headsup-result");
        add(banner(screening));
        if (!screening.findings().isEmpty()) {
            add(findings(screening));
        }
        if (screening.verdict().allowsRoutine()) {
            // Pressure and areas are advice for a massage; none is given when the verdict rules one out.
            add(how(screening));
        }
        if (!screening.oils().isEmpty()) {
            add(oils(screening));
        }
        if (screening.patchTest() != null) {
            add(patchTest(screening));
        }
        if (screening.verdict() == Verdict.SEE_DOCTOR_FIRST) {
            add(doctorNote(screening));
        }
        add(screening.routine() != null ? routine(screening.routine(), screening) : noRoutine());
        add(new Paragraph(screening.disclaimer()));
        var version = new Paragraph(texts.get("result.rule-set", screening.ruleSetVersion()));
        version.addClassName("headsup-small");
        var print = new Button(
                texts.get("result.print"),
                e -> getUI().ifPresent(ui -> ui.getPage().executeJs("window.print()")));
        print.addClassName("no-print");
        add(version, print);
    }

    /**
     * What needs a doctor's clearance and why, to take along or print. It tells the doctor what was answered:
     * an answer given as "not sure" is written as such, never as a diagnosis.
     */
    private Component doctorNote(Screening screening) {
        var reasons = new UnorderedList();
        screening.findings().stream()
                .filter(f -> f.level() == Level.SEE_DOCTOR_FIRST)
                .forEach(f -> reasons.add(doctorNoteItem(f)));
        var note = new Div(
                new H3(texts.get("doctor-note.heading")),
                new Paragraph(texts.get("doctor-note.intro", screening.ruleSetVersion())),
                reasons);
        var leftOut = screening.oils().stream()
                .filter(oil -> oil.status() == OilStatus.AVOID)
                .map(oil -> vocabulary.label(CodeList.OILS, oil.oil()))
                .toList();
        if (!leftOut.isEmpty()) {
            note.add(new Paragraph(texts.get("doctor-note.oils-left-out", Vocabulary.inWords(leftOut))));
        }
        note.add(new Paragraph(texts.get("doctor-note.question")), new Paragraph(guidance.aftercare()));
        note.addClassNames("card", "doctor-note");
        note.setId("doctor-note");
        return note;
    }

    private ListItem doctorNoteItem(Finding finding) {
        var item = new ListItem();
        if (finding.unsure()) {
            String question = finding.code() == null
                    ? texts.get("doctor-note.one-of-the-questions")
                    : texts.get(
                            "doctor-note.unsure-question",
                            vocabulary.label(vocabulary.receiverListOf(finding.code()), finding.code()));
            item.add(new Span(texts.get("doctor-note.unsure", question)));
        }
        item.add(new Span(finding.message() + " "), new Span(texts.get("finding.why", finding.reason())));
        return item;
    }

    private Component banner(Screening screening) {
        var icon = VerdictIcon.of(screening.verdict()).create();
        icon.getElement().setAttribute("aria-hidden", "true");
        var title = new H2(words.codes().verdict(screening.verdict()));
        var banner = new Div(icon, new Div(title, new Paragraph(screening.summary())));
        banner.addClassNames(
                "verdict", "verdict-" + screening.verdict().name().toLowerCase().replace('_', '-'));
        banner.getElement().setAttribute("role", "status");
        banner.setId("verdict");
        return banner;
    }

    private Component findings(Screening screening) {
        var section = new Div(new H3(texts.get("result.found")));
        for (Level level : Level.values()) {
            var ofLevel = screening.findings().stream()
                    .filter(f -> f.level() == level)
                    .toList();
            if (ofLevel.isEmpty()) {
                continue;
            }
            var group = new Div(new Span(words.codes().level(level)));
            group.addClassNames(
                    "finding-group", "level-" + level.name().toLowerCase().replace('_', '-'));
            ofLevel.forEach(f -> group.add(finding(f)));
            section.add(group);
        }
        return section;
    }

    private Component finding(Finding finding) {
        return new FindingDetails(finding, texts);
    }

    private Component how(Screening screening) {
        var how = new Div(new H3(texts.get("result.how")));
        how.add(new Paragraph(texts.get("result.pressure", words.codes().pressure(screening.pressure()))));
        String leaveOut = screening.avoidAreas().isEmpty()
                ? texts.get("result.leave-out-nothing")
                : texts.get(
                        "result.leave-out",
                        screening.avoidAreas().stream()
                                .map(a -> vocabulary.label(CodeList.AREAS, a).toLowerCase(texts.locale()))
                                .collect(Collectors.joining(", ")));
        var words = new Paragraph(leaveOut);
        words.setId("leave-out");
        // The same map as in the questions, with the areas to leave out shaded and named in words.
        var map = new BodyMap(
                BodyMapArtwork.standard(),
                area -> vocabulary.label(CodeList.AREAS, area),
                texts.get("result.map", leaveOut));
        map.shade(screening.avoidAreas(), "avoid", area -> texts.get("result.map-avoid"));
        map.setId("avoid-map");
        var mapAndWords = new Div(map, words);
        mapAndWords.addClassName("map-and-list");
        how.add(mapAndWords);
        how.setId("how");
        return how;
    }

    private Component oils(Screening screening) {
        return new Div(new H3(texts.get("result.oils")), new OilStatusList(screening.oils(), words));
    }

    private Component patchTest(Screening screening) {
        var patch = screening.patchTest();
        var steps = new OrderedList();
        patch.steps().forEach(step -> steps.add(new ListItem(step)));
        var names = patch.oils().stream()
                .map(o -> vocabulary.label(CodeList.OILS, o))
                .toList();
        var reminder = new Anchor(
                DownloadHandler.fromInputStream(event -> {
                    byte[] ics = PatchTestReminder.ics(names, clock.instant(), patch.waitHours())
                            .getBytes(StandardCharsets.UTF_8);
                    return new DownloadResponse(
                            new ByteArrayInputStream(ics), "patch-test-reminder.ics", "text/calendar", ics.length);
                }),
                texts.get("result.patch-test-reminder", patch.waitHours()));
        reminder.addClassName("no-print");
        reminder.setId("patch-test-reminder");
        var card = new Div(
                new H3(words.patchTestHeading(patch)), new Paragraph(words.patchTestWait(patch)), steps, reminder);
        card.addClassName("card");
        card.setId("patch-test");
        return card;
    }

    private Component routine(RoutineResult routine, Screening screening) {
        var steps = new OrderedList();
        steps.addClassName("routine-steps");
        routine.steps().forEach(step -> {
            var item = new ListItem(new Span(words.stepHeading(step)), new Span(step.instructions()));
            step.cautions().forEach(caution -> item.add(RoutineNotes.caution(caution)));
            steps.add(item);
        });
        var card = new Div(
                new H3(texts.get("result.routine", routine.title())),
                new Paragraph(words.routineSummary(routine)),
                steps);
        CarrierAdvice.of(screening, vocabulary).ifPresent(advice -> {
            var carriers = new Paragraph(advice);
            carriers.setId("carriers-to-try");
            card.add(carriers);
        });
        if (!routine.blend().isEmpty()) {
            var count = new Paragraph(guidance.dropCount());
            count.addClassName("headsup-small");
            card.add(count);
        }
        if (!routine.omitted().isEmpty()) {
            var omitted = new UnorderedList();
            omitted.addClassName("routine-omitted");
            routine.omitted()
                    .forEach(o -> omitted.add(new ListItem(texts.get("result.omitted", o.title(), o.reason()))));
            card.add(new Paragraph(texts.get("result.left-out")), omitted);
        }
        card.add(RoutineNotes.practice(routine.practice()));
        if (routine.aftercare() != null) {
            card.add(RoutineNotes.aftercare(routine.aftercare()));
        }
        card.addClassName("card");
        card.setId("routine");
        return card;
    }

    private Component noRoutine() {
        var none = new Paragraph(words.noRoutine());
        none.setId("no-routine");
        return none;
    }
}
