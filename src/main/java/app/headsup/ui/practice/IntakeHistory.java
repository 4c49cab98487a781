package app.headsup.ui.practice;

import app.headsup.intake.record.Intake;
import app.headsup.words.CodeWords;
import app.headsup.words.Texts;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.RouterLink;
import java.util.ArrayList;
import java.util.List;
import org.springframework.data.domain.Page;

/**
 * A client's intakes, newest first: a table on a wide screen, one card per intake on a phone, each opening
 * its record by a link. The newest {@value #PAGE} come first; "Show older intakes" fetches the next ones.
 */
class IntakeHistory extends Div {

    static final int PAGE = 20;

    /** The page of a client's history with this number, newest first. */
    interface Source {
        Page<Intake> page(int number);
    }

    private final Source source;
    private final List<Intake> shown = new ArrayList<>();
    private final CardTable<Intake> table = new CardTable<>();
    private final Button older = new Button(Texts.english().get("history.older"));
    private int nextPage;

    IntakeHistory(Source source) {
        this.source = source;
        setId("history");
        table.addColumn(
                Texts.english().get("history.signed"),
                intake -> new RouterLink(
                        IntakeRecordView.WHEN.format(intake.confirmedAt()), IntakeRecordView.class, intake.id()));
        table.addTextColumn(
                Texts.english().get("history.verdict"),
                intake -> CodeWords.english().verdict(intake.verdict()));
        table.addTextColumn(Texts.english().get("history.rule-set"), Intake::ruleSetVersion);
        older.addThemeVariants(ButtonVariant.TERTIARY);
        older.addClickListener(e -> showMore());
        showMore();
        if (shown.isEmpty()) {
            add(new Paragraph(Texts.english().get("history.none")));
        } else {
            add(table, older);
        }
    }

    private void showMore() {
        var page = source.page(nextPage++);
        shown.addAll(page.getContent());
        table.setItems(shown);
        older.setVisible(page.hasNext());
    }
}
