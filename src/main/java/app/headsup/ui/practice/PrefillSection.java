package app.headsup.ui.practice;

import app.headsup.intake.account.Therapist;
import app.headsup.intake.client.Client;
import app.headsup.intake.prefill.PrefillLink;
import app.headsup.intake.prefill.PrefillLinks;
import app.headsup.intake.prefill.PrefillState;
import app.headsup.intake.prefill.PublicUrl;
import app.headsup.words.Texts;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.RouterLink;
import java.time.Duration;

/**
 * A client's pre-fill links: make one to send, see where each stands, and review the answers of a
 * completed one with the client. The link itself is shown once, right after it is made.
 */
class PrefillSection extends Div {

    private static final Texts TEXTS = Texts.english();

    private final PrefillLinks links;
    private final PublicUrl publicUrl;
    private final Therapist therapist;
    private final Client client;
    private final Div newLink = new Div();
    private final CardTable<PrefillLink> list = new CardTable<>();

    PrefillSection(PrefillLinks links, PublicUrl publicUrl, Therapist therapist, Client client) {
        this.links = links;
        this.publicUrl = publicUrl;
        this.therapist = therapist;
        this.client = client;
        var create = new Button(TEXTS.get("links.make"), e -> create());
        create.setId("new-prefill");
        newLink.setId("prefill-new");
        list.addTextColumn(TEXTS.get("links.made"), link -> IntakeRecordView.WHEN.format(link.createdAt()))
                .addTextColumn(TEXTS.get("links.expires"), link -> IntakeRecordView.WHEN.format(link.expiresAt()))
                .addColumn(TEXTS.get("links.state"), this::state)
                .addColumn("", this::actions);
        list.setId("prefill-links");
        add(
                new H2(TEXTS.get("links.heading")),
                new Paragraph(TEXTS.get("links.intro", days(links.validFor()))),
                create,
                newLink,
                list);
        refresh();
    }

    private void create() {
        var made = links.create(therapist, client.id());
        String url = publicUrl.prefillLink(made.token());
        var field = new TextField(TEXTS.get("links.link-for", client.fullName()));
        field.setValue(url);
        field.setReadOnly(true);
        field.setWidthFull();
        field.setId("prefill-url");
        field.setHelperText(TEXTS.get("links.copy-hint"));
        var copy = new Button(
                TEXTS.get("links.copy"),
                e -> getUI().ifPresent(ui -> ui.getPage()
                        .executeJs("return navigator.clipboard.writeText($0)", url)
                        .then(
                                done -> e.getSource().setText(TEXTS.get("links.copied")),
                                failed -> e.getSource().setText(TEXTS.get("links.select-to-copy")))));
        copy.addThemeVariants(ButtonVariant.SMALL);
        newLink.removeAll();
        newLink.add(field, copy);
        refresh();
    }

    private void refresh() {
        list.setItems(links.of(therapist, client.id()));
    }

    /** Review the answers of a completed link; revoke one that is still open. */
    private Div actions(PrefillLink link) {
        var review = new Button(
                TEXTS.get("links.review"),
                e -> getUI().ifPresent(ui -> ui.navigate(
                        IntakeView.class,
                        client.id(),
                        QueryParameters.of(IntakeView.PREFILL, String.valueOf(link.id())))));
        review.addThemeVariants(ButtonVariant.SMALL);
        review.setVisible(link.completedAt() != null && link.signedIntakeId() == null);
        review.setClassName("prefill-review");
        var state = links.stateOf(link);
        var revoke = new Button(TEXTS.get("links.revoke"), e -> {
            links.revoke(therapist, link.id());
            newLink.removeAll();
            refresh();
        });
        revoke.addThemeVariants(ButtonVariant.SMALL, ButtonVariant.ERROR, ButtonVariant.TERTIARY);
        revoke.setVisible(state == PrefillState.CREATED || state == PrefillState.OPENED);
        revoke.setClassName("prefill-revoke");
        return new Div(review, revoke);
    }

    /** "7 days", "1 day", or hours for a link that lasts less than a day. */
    static String days(Duration validFor) {
        long days = validFor.toDays();
        if (days >= 1) {
            return TEXTS.get("links.days", days);
        }
        return TEXTS.get("links.hours", Math.max(1, validFor.toHours()));
    }

    /** Where the link stands; once its answers are signed, the intake they became, one click away. */
    private Component state(PrefillLink link) {
        Long intakeId = link.signedIntakeId();
        if (intakeId == null || link.signedAt() == null) {
            var state = links.stateOf(link);
            // Each set of answers by the time it came, so that two sent the same day can be told apart.
            return new Span(
                    state == PrefillState.COMPLETED && link.completedAt() != null
                            ? TEXTS.get(
                                    "links.received-at", words(state), IntakeRecordView.WHEN.format(link.completedAt()))
                            : words(state));
        }
        return new RouterLink(
                TEXTS.get("links.signed-as", IntakeRecordView.WHEN.format(link.signedAt())),
                IntakeRecordView.class,
                intakeId);
    }

    private static String words(PrefillState state) {
        return TEXTS.get("links.state." + state.name());
    }
}
