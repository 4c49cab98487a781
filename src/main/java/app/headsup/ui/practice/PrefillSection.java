package app.headsup.ui.practice;

import app.headsup.intake.account.Therapist;
import app.headsup.intake.client.Client;
import app.headsup.intake.prefill.PrefillLink;
import app.headsup.intake.prefill.PrefillLinks;
import app.headsup.intake.prefill.PrefillState;
import app.headsup.intake.prefill.PublicUrl;
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
        var create = new Button("Make a pre-fill link", e -> create());
        create.setId("new-prefill");
        newLink.setId("prefill-new");
        list.addTextColumn("Made", link -> IntakeRecordView.WHEN.format(link.createdAt()))
                .addTextColumn("Expires", link -> IntakeRecordView.WHEN.format(link.expiresAt()))
                .addColumn("State", this::state)
                .addColumn("", this::actions);
        list.setId("prefill-links");
        add(
                new H2("Pre-fill links"),
                new Paragraph("Send the client a link to answer the questions at home. "
                        + "It works once and for " + days(links.validFor()) + "; you go through the answers together "
                        + "before signing. Making a new link revokes one still open; answers already sent stay listed, "
                        + "each with the time it came, until you review and sign them."),
                create,
                newLink,
                list);
        refresh();
    }

    private void create() {
        var made = links.create(therapist, client.id());
        String url = publicUrl.prefillLink(made.token());
        var field = new TextField("Link for " + client.fullName());
        field.setValue(url);
        field.setReadOnly(true);
        field.setWidthFull();
        field.setId("prefill-url");
        field.setHelperText("Copy it now and send it to the client: it is shown only once and is not stored.");
        var copy = new Button(
                "Copy link",
                e -> getUI().ifPresent(ui -> ui.getPage()
                        .executeJs("return navigator.clipboard.writeText($0)", url)
                        .then(
                                done -> e.getSource().setText("Copied"),
                                failed -> e.getSource().setText("Select it to copy"))));
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
                "Review and sign",
                e -> getUI().ifPresent(ui -> ui.navigate(
                        IntakeView.class,
                        client.id(),
                        QueryParameters.of(IntakeView.PREFILL, String.valueOf(link.id())))));
        review.addThemeVariants(ButtonVariant.SMALL);
        review.setVisible(link.completedAt() != null && link.signedIntakeId() == null);
        review.setClassName("prefill-review");
        var state = links.stateOf(link);
        var revoke = new Button("Revoke", e -> {
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
            return days == 1 ? "1 day" : days + " days";
        }
        long hours = Math.max(1, validFor.toHours());
        return hours == 1 ? "1 hour" : hours + " hours";
    }

    /** Where the link stands; once its answers are signed, the intake they became, one click away. */
    private Component state(PrefillLink link) {
        Long intakeId = link.signedIntakeId();
        if (intakeId == null || link.signedAt() == null) {
            var state = links.stateOf(link);
            // Each set of answers by the time it came, so that two sent the same day can be told apart.
            return new Span(
                    state == PrefillState.COMPLETED && link.completedAt() != null
                            ? words(state) + " " + IntakeRecordView.WHEN.format(link.completedAt())
                            : words(state));
        }
        return new RouterLink(
                "Signed as intake of " + IntakeRecordView.WHEN.format(link.signedAt()),
                IntakeRecordView.class,
                intakeId);
    }

    private static String words(PrefillState state) {
        return switch (state) {
            case CREATED -> "Made, not opened";
            case OPENED -> "Opened, answering";
            case COMPLETED -> "Answers received";
            case EXPIRED -> "Expired";
            case REVOKED -> "Revoked";
        };
    }
}
