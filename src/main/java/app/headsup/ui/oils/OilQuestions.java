package app.headsup.ui.oils;

import app.headsup.catalogue.Oil;
import app.headsup.rules.facts.Pregnancy;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;
import java.math.BigDecimal;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * What was entered in the oil checker, kept on the browser tab's UI: a visit to another page of the app and
 * back finds the oils, the answers and the bottle as they were.
 */
final class OilQuestions {

    private Set<Oil> oils = Set.of();
    private Set<Oil> tested = Set.of();
    private @Nullable Integer age;
    private @Nullable Pregnancy pregnancy;
    private Set<String> allergies = Set.of();
    private Set<String> conditions = Set.of();
    private @Nullable BigDecimal bottle = BigDecimal.valueOf(30);
    private @Nullable Integer drops;

    /** The oil checker's answers in this tab, or new ones. */
    static OilQuestions in(UI ui) {
        var kept = ComponentUtil.getData(ui, OilQuestions.class);
        if (kept == null) {
            kept = new OilQuestions();
            kept.keepIn(ui);
        }
        return kept;
    }

    /** A reload of the page moves it into a new UI (it is preserved on refresh), and its answers with it. */
    void keepIn(UI ui) {
        ComponentUtil.setData(ui, OilQuestions.class, this);
    }

    Set<Oil> getOils() {
        return oils;
    }

    void setOils(Set<Oil> oils) {
        this.oils = Set.copyOf(oils);
    }

    Set<Oil> getTested() {
        return tested;
    }

    void setTested(Set<Oil> tested) {
        this.tested = Set.copyOf(tested);
    }

    @Nullable Integer getAge() {
        return age;
    }

    void setAge(@Nullable Integer age) {
        this.age = age;
    }

    @Nullable Pregnancy getPregnancy() {
        return pregnancy;
    }

    void setPregnancy(@Nullable Pregnancy pregnancy) {
        this.pregnancy = pregnancy;
    }

    Set<String> getAllergies() {
        return allergies;
    }

    void setAllergies(Set<String> allergies) {
        this.allergies = Set.copyOf(allergies);
    }

    Set<String> getConditions() {
        return conditions;
    }

    void setConditions(Set<String> conditions) {
        this.conditions = Set.copyOf(conditions);
    }

    @Nullable BigDecimal getBottle() {
        return bottle;
    }

    void setBottle(@Nullable BigDecimal bottle) {
        this.bottle = bottle;
    }

    @Nullable Integer getDrops() {
        return drops;
    }

    void setDrops(@Nullable Integer drops) {
        this.drops = drops;
    }
}
