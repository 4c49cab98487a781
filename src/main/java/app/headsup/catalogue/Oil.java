package app.headsup.catalogue;

import java.math.BigDecimal;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * One oil of the catalogue.
 *
 * @param maxPercent the oil's own highest dermal dilution, or null when only the receiver's caps apply
 */
public record Oil(
        String code,
        OilKind kind,
        Set<String> families,
        @Nullable BigDecimal maxPercent,
        Set<OilFlag> flags,
        String label,
        String notes) {

    public Oil {
        families = Set.copyOf(families);
        flags = Set.copyOf(flags);
    }

    public boolean essential() {
        return kind == OilKind.ESSENTIAL;
    }

    public boolean phototoxic() {
        return flags.contains(OilFlag.PHOTOTOXIC);
    }

    public boolean irritant() {
        return flags.contains(OilFlag.IRRITANT);
    }

    /** Pressed from tree nuts or peanuts: flagged where an oil is picked, for whoever has a nut allergy. */
    public boolean fromNuts() {
        return families.contains("TREE_NUT") || families.contains("PEANUT");
    }
}
