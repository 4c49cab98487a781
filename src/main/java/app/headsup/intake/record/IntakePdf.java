package app.headsup.intake.record;

import app.headsup.catalogue.CodeList;
import app.headsup.catalogue.Guidance;
import app.headsup.catalogue.Vocabulary;
import app.headsup.intake.PracticeProfile;
import app.headsup.intake.account.Therapist;
import app.headsup.intake.client.Client;
import app.headsup.rules.Level;
import app.headsup.rules.RuleEngine;
import app.headsup.screening.CarrierAdvice;
import app.headsup.screening.Finding;
import app.headsup.screening.OilResult;
import app.headsup.screening.RoutineResult;
import app.headsup.screening.Screening;
import app.headsup.words.ScreeningWords;
import app.headsup.words.Texts;
import java.io.ByteArrayOutputStream;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.openpdf.text.Document;
import org.openpdf.text.Element;
import org.openpdf.text.HeaderFooter;
import org.openpdf.text.PageSize;
import org.openpdf.text.Paragraph;
import org.openpdf.text.Phrase;
import org.openpdf.text.Rectangle;
import org.openpdf.text.pdf.PdfWriter;
import org.springframework.stereotype.Component;

/**
 * The printable record of a signed intake, laid out by OpenPDF in the packaged font ({@link PdfFonts}): client, date, every answer in plain
 * words, the findings with their reasons, the verdict, the routine or "no routine", the rule-set
 * version, the confirmation and the notes. Built from what was stored, never screened again.
 */
@Component
public class IntakePdf {

    private static final DateTimeFormatter WHEN =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'").withZone(ZoneOffset.UTC);

    private final RuleEngine engine;
    private final PracticeProfile practice;

    IntakePdf(RuleEngine engine, PracticeProfile practice) {
        this.engine = engine;
        this.practice = practice;
    }

    /** The record as {@code therapist}, whose client it is, prints it. */
    public byte[] render(Therapist therapist, Client client, StoredIntake stored) {
        // Built from what was stored, so it prints while the rules are down too (labels from the catalogues).
        var vocabulary = engine.catalogues().vocabulary();
        var texts = Texts.english();
        var out = new ByteArrayOutputStream();
        var fonts = new PdfFonts();
        var document = new Document(PageSize.A4, 56, 56, 56, 56);
        document.setGlyphLayoutManager(fonts.layout);
        PdfWriter.getInstance(document, out);
        document.addTitle(texts.get("record.document-title"));
        // Every page says whose record it is and which page it is, should the pages come apart.
        var footer = new HeaderFooter(
                new Phrase(PdfFonts.printable(texts.get("record.footer", client.fullName())), fonts.small), true);
        footer.setAlignment(Element.ALIGN_CENTER);
        footer.setBorder(Rectangle.NO_BORDER);
        document.setFooter(footer);
        document.open();
        document.add(new Paragraph(texts.get("record.title"), fonts.title));
        var record = new Record(
                new Lines(document, fonts),
                vocabulary,
                engine.catalogues().guidance(),
                texts,
                new ScreeningWords(texts, vocabulary),
                stored);
        record.whoAndWhen(therapist, client, practice);
        record.answers();
        record.result();
        record.oils();
        record.patchTest();
        record.routine();
        record.confirmation();
        record.notes();
        document.close();
        return out.toByteArray();
    }

    /** One intake, written section by section in the order the screen shows it. */
    private record Record(
            Lines pdf,
            Vocabulary vocabulary,
            Guidance guidance,
            Texts texts,
            ScreeningWords words,
            StoredIntake stored) {

        void whoAndWhen(Therapist therapist, Client client, PracticeProfile practice) {
            var intake = stored.intake();
            pdf.line(texts.get(
                    "record.client", client.fullName(), client.dateOfBirth().toString()));
            String signed = WHEN.format(intake.confirmedAt());
            pdf.line(
                    intake.correctsId() == null
                            ? texts.get("record.signed", signed)
                            : texts.get(
                                    "record.signed-correcting",
                                    signed,
                                    intake.correctsId().toString()));
            pdf.line(
                    practice.name().isEmpty()
                            ? texts.get("record.therapist", therapist.displayName())
                            : texts.get("record.therapist-of-practice", therapist.displayName(), practice.name()));
            pdf.line(texts.get("record.rule-set", intake.ruleSetVersion()));
        }

        void answers() {
            pdf.heading(texts.get("record.answers"));
            AnswersInWords.of(stored.request(), vocabulary).forEach(pdf::line);
        }

        /** The verdict, then the findings under the same headings as on the screen, most serious first. */
        void result() {
            Screening result = stored.result();
            pdf.heading(texts.get(
                    "record.result", words.codes().verdict(result.verdict()).toLowerCase(texts.locale())));
            pdf.line(result.summary());
            for (Level level : Level.values()) {
                var ofLevel = result.findings().stream()
                        .filter(f -> f.level() == level)
                        .toList();
                if (!ofLevel.isEmpty()) {
                    pdf.subheading(words.codes().level(level));
                }
                for (Finding finding : ofLevel) {
                    pdf.line(texts.get(
                            "record.finding", finding.message(), finding.reason(), finding.source(), finding.rule()));
                }
            }
            if (result.verdict().allowsRoutine()) {
                pdf.line(texts.get(
                        "record.pressure",
                        words.codes().pressure(result.pressure()),
                        result.avoidAreas().isEmpty()
                                ? texts.get("record.leave-out-nothing")
                                : labels(vocabulary, CodeList.AREAS, result.avoidAreas())
                                        .toLowerCase(texts.locale())));
            }
        }

        void oils() {
            var oils = stored.result().oils();
            if (oils.isEmpty()) {
                return;
            }
            pdf.heading(texts.get("record.oils"));
            for (OilResult oil : oils) {
                String status = words.codes().oilStatus(oil.status()).toLowerCase(texts.locale());
                String line = oil.maxDilutionPercent() == null
                        ? texts.get("record.oil", words.oilName(oil.oil()), status)
                        : texts.get(
                                "record.oil-limit",
                                words.oilName(oil.oil()),
                                status,
                                words.onItsOwn(oil.maxDilutionPercent()));
                pdf.line(oil.reasons().isEmpty() ? line : line + ". " + String.join(" ", oil.reasons()));
            }
        }

        void patchTest() {
            var patch = stored.result().patchTest();
            if (patch == null) {
                return;
            }
            pdf.heading(words.patchTestHeading(patch));
            pdf.line(words.patchTestWait(patch));
            int number = 1;
            for (String step : patch.steps()) {
                pdf.line(texts.get("record.step", number++, step, ""));
            }
        }

        void routine() {
            Screening result = stored.result();
            pdf.heading(texts.get("record.routine"));
            RoutineResult routine = result.routine();
            if (routine == null) {
                pdf.line(texts.get(
                        result.verdict().allowsRoutine() ? "record.no-routine-areas" : "record.no-routine-verdict"));
                return;
            }
            pdf.line(texts.get("record.routine-line", routine.title(), words.routineSummary(routine)));
            CarrierAdvice.of(result, vocabulary).ifPresent(pdf::line);
            if (!routine.blend().isEmpty()) {
                pdf.line(guidance.dropCount());
            }
            int number = 1;
            for (var step : routine.steps()) {
                pdf.line(texts.get("record.step", number++, words.stepHeading(step), step.instructions()));
                for (String caution : step.cautions()) {
                    pdf.line(texts.get("record.careful", caution));
                }
            }
            for (var omitted : routine.omitted()) {
                pdf.line(texts.get("record.left-out", omitted.title(), omitted.reason()));
            }
            routine.practice().forEach(practice -> pdf.line(texts.get("record.practice", practice)));
            if (routine.aftercare() != null) {
                pdf.line(routine.aftercare());
            }
        }

        void confirmation() {
            var intake = stored.intake();
            pdf.heading(texts.get("record.confirmation"));
            pdf.line(texts.get(
                    "record.confirmed",
                    intake.confirmedName(),
                    WHEN.format(intake.confirmedAt()),
                    intake.storageConsent() ? 1 : 0));
        }

        void notes() {
            if (!stored.notes().isEmpty()) {
                pdf.heading(texts.get("record.notes"));
                for (IntakeNote note : stored.notes()) {
                    pdf.line(texts.get("record.note", note.heading(WHEN), note.text()));
                }
            }
            pdf.line(stored.result().disclaimer());
        }
    }

    private static String labels(Vocabulary vocabulary, CodeList list, List<String> codes) {
        return AnswersInWords.labels(vocabulary, list, codes);
    }

    /** The record's paragraphs, in the packaged font, each made printable ({@link PdfFonts#printable}). */
    private record Lines(Document document, PdfFonts fonts) {

        void heading(String text) {
            var heading = new Paragraph(PdfFonts.printable(text), fonts.heading);
            heading.setSpacingBefore(12);
            heading.setSpacingAfter(4);
            document.add(heading);
        }

        void subheading(String text) {
            var subheading = new Paragraph(PdfFonts.printable(text), fonts.subheading);
            subheading.setSpacingBefore(6);
            subheading.setSpacingAfter(2);
            document.add(subheading);
        }

        void line(String text) {
            var paragraph = new Paragraph(PdfFonts.printable(text), fonts.text);
            paragraph.setSpacingAfter(3);
            document.add(paragraph);
        }
    }
}
