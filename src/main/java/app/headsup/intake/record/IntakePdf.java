package app.headsup.intake.record;

import app.headsup.catalogue.CodeList;
import app.headsup.catalogue.Vocabulary;
import app.headsup.intake.PracticeProfile;
import app.headsup.intake.account.Therapist;
import app.headsup.intake.client.Client;
import app.headsup.rules.Level;
import app.headsup.rules.RuleEngine;
import app.headsup.screening.CarrierAdvice;
import app.headsup.screening.Dilution;
import app.headsup.screening.Finding;
import app.headsup.screening.OilResult;
import app.headsup.screening.RoutineResult;
import app.headsup.screening.Screening;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
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

    private static final BigDecimal THIRTY_ML = BigDecimal.valueOf(30);
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
        var guidance = engine.catalogues().guidance();
        var out = new ByteArrayOutputStream();
        var fonts = new PdfFonts();
        var document = new Document(PageSize.A4, 56, 56, 56, 56);
        document.setGlyphLayoutManager(fonts.layout);
        PdfWriter.getInstance(document, out);
        var pdf = new Lines(document, fonts);
        document.addTitle("HeadsUp intake");
        // Every page says whose record it is and which page it is, should the pages come apart.
        var footer = new HeaderFooter(
                new Phrase(PdfFonts.printable("HeadsUp intake of " + client.fullName() + ", page "), fonts.small),
                true);
        footer.setAlignment(Element.ALIGN_CENTER);
        footer.setBorder(Rectangle.NO_BORDER);
        document.setFooter(footer);
        document.open();
        var intake = stored.intake();
        Screening result = stored.result();
        document.add(new Paragraph("HeadsUp pre-session intake", fonts.title));
        pdf.line("Client: " + client.fullName() + ", born " + client.dateOfBirth());
        pdf.line("Signed: " + WHEN.format(intake.confirmedAt())
                + (intake.correctsId() == null ? "" : " (corrects intake " + intake.correctsId() + ")"));
        pdf.line("Therapist: " + therapist.displayName() + (practice.name().isEmpty() ? "" : ", " + practice.name()));
        pdf.line("Rule set: " + intake.ruleSetVersion());

        pdf.heading("Answers");
        AnswersInWords.of(stored.request(), vocabulary).forEach(answer -> pdf.line(answer));

        pdf.heading("Result: " + result.verdict().words().toLowerCase(Locale.ROOT));
        pdf.line(result.summary());
        // Under the same headings as on the screen, most serious first.
        for (Level level : Level.values()) {
            var ofLevel =
                    result.findings().stream().filter(f -> f.level() == level).toList();
            if (!ofLevel.isEmpty()) {
                pdf.subheading(level.words());
            }
            for (Finding finding : ofLevel) {
                pdf.line("- " + finding.message() + " Why: " + finding.reason() + " Source: " + finding.source()
                        + " (rule " + finding.rule() + ")");
            }
        }
        if (result.verdict().allowsRoutine()) {
            pdf.line("Pressure: " + result.pressure().name().toLowerCase() + ". Leave out: "
                    + (result.avoidAreas().isEmpty()
                            ? "nothing"
                            : labels(vocabulary, CodeList.AREAS, result.avoidAreas())
                                    .toLowerCase(Locale.ROOT))
                    + ".");
        }

        if (!result.oils().isEmpty()) {
            pdf.heading("Oils");
            for (OilResult oil : result.oils()) {
                pdf.line("- " + vocabulary.label(CodeList.OILS, oil.oil()) + ": "
                        + oil.status().words().toLowerCase(Locale.ROOT)
                        + (oil.maxDilutionPercent() == null
                                ? ""
                                : ", at most "
                                        + oil.maxDilutionPercent()
                                                .stripTrailingZeros()
                                                .toPlainString() + " % on its own ("
                                        + Dilution.inWords(THIRTY_ML, oil.maxDilutionPercent()) + ")")
                        + (oil.reasons().isEmpty() ? "" : ". " + String.join(" ", oil.reasons())));
            }
        }
        if (result.patchTest() != null) {
            pdf.heading("Patch test first: "
                    + labels(vocabulary, CodeList.OILS, result.patchTest().oils()));
            int number = 1;
            for (String step : result.patchTest().steps()) {
                pdf.line((number++) + ". " + step);
            }
        }

        pdf.heading("Routine");
        RoutineResult routine = result.routine();
        if (routine == null) {
            pdf.line("No routine: "
                    + (result.verdict().allowsRoutine()
                            ? "no step is left once the areas to " + "avoid are left out."
                            : "the verdict does not allow a massage."));
        } else {
            pdf.line(routine.title() + ", " + routine.minutes() + " minutes, "
                    + routine.pressure().name().toLowerCase() + " pressure, "
                    + (routine.oil().equals(RoutineResult.DRY)
                            ? "dry hands (no oil)"
                            : vocabulary.label(CodeList.OILS, routine.oil()) + " oil")
                    + ".");
            CarrierAdvice.of(result, vocabulary).ifPresent(advice -> pdf.line(advice));
            for (var share : routine.blend()) {
                pdf.line("Blend: at most " + share.dropsPer30ml() + " drops of "
                        + vocabulary.label(CodeList.OILS, share.oil()) + " per 30 ml ("
                        + share.percent().stripTrailingZeros().toPlainString() + " %).");
            }
            if (!routine.blend().isEmpty()) {
                pdf.line(guidance.dropCount());
            }
            int number = 1;
            for (var step : routine.steps()) {
                pdf.line((number++) + ". " + step.title() + " (" + step.seconds() + " s): " + step.instructions());
                for (String caution : step.cautions()) {
                    pdf.line("   Careful here: " + caution);
                }
            }
            for (var omitted : routine.omitted()) {
                pdf.line("Left out: " + omitted.title() + ": " + omitted.reason());
            }
            for (String practice : routine.practice()) {
                pdf.line("- " + practice);
            }
            if (routine.aftercare() != null) {
                pdf.line(routine.aftercare());
            }
        }

        pdf.heading("Confirmation");
        pdf.line("Confirmed by the client, typing their name \"" + intake.confirmedName() + "\", on "
                + WHEN.format(intake.confirmedAt()) + ". Consent to storing these health answers: "
                + (intake.storageConsent() ? "given" : "not given") + ".");
        if (!stored.notes().isEmpty()) {
            pdf.heading("Notes and clearances");
            for (IntakeNote note : stored.notes()) {
                pdf.line(note.heading(WHEN) + ": " + note.text());
            }
        }
        pdf.line(result.disclaimer());
        document.close();
        return out.toByteArray();
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
