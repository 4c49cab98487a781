package app.headsup.ui.check;

import java.util.List;

/**
 * The receiver's health questions grouped the way people think about them, each behind one plain
 * gate question, so a healthy person answers a handful of questions instead of forty.
 */
public enum HealthTheme {
    TODAY("How is the receiver today?", "Anything of this today: fever, an illness that spreads, a migraine right now, "
            + "alcohol or drugs, a heavy meal in the last hour, head lice?",
            List.of("FEVER", "CONTAGIOUS_ILLNESS", "MIGRAINE_NOW", "ALCOHOL_OR_DRUGS_TODAY", "HEAVY_MEAL_JUST_NOW",
                    "HEAD_LICE")),
    HEAD_AND_NERVES("Head, neck and nerves", "Any injury, headache, migraine, seizures, dizziness or nerve problem "
            + "in the head or neck?",
            List.of("HEAD_OR_NECK_INJURY_RECENT", "SEVERE_OR_UNUSUAL_HEADACHE", "MIGRAINE_HISTORY",
                    "NECK_OR_SPINE_CONDITION", "NERVE_CONDITION_HEAD_OR_NECK", "SHUNT_OR_PLATE_IN_HEAD", "EPILEPSY",
                    "DIZZINESS_OR_FAINTING", "UNEXPLAINED_PAIN_OR_NUMBNESS")),
    HEART_AND_BREATHING("Heart, blood and breathing", "Any heart, blood pressure, clot, stroke, bleeding or "
            + "breathing condition?",
            List.of("HEART_CONDITION", "CHEST_PAIN_RECENT", "BLOOD_PRESSURE_UNCONTROLLED", "BLOOD_PRESSURE_CONTROLLED",
                    "LOW_BLOOD_PRESSURE", "BLOOD_CLOT", "STROKE_OR_TIA", "ARTERY_DISEASE_OR_ANEURYSM",
                    "BLEEDING_DISORDER", "ASTHMA")),
    TREATMENT_AND_BONES("Treatment, bones and recovery", "Any recent surgery or fracture, cancer treatment, "
            + "osteoporosis, diabetes, pregnancy complications, or anything else a doctor is treating?",
            List.of("SURGERY_RECENT", "FRACTURE_RECENT", "CANCER_TREATMENT", "LYMPH_NODES_REMOVED_OR_RADIOTHERAPY",
                    "OSTEOPOROSIS", "OSTEOPOROSIS_SEVERE", "DIABETES", "DIABETES_COMPLICATIONS",
                    "PREGNANCY_COMPLICATIONS", "OTHER_MEDICAL_CONCERN")),
    SKIN_HAIR_EARS("Skin, hair and ears", "Any sensitive or fragile skin, eczema, hair extensions or braids, "
            + "hearing aids or implants?",
            List.of("SENSITIVE_SKIN_OR_ECZEMA", "FRAGILE_SKIN", "HAIR_EXTENSIONS_OR_BRAIDS", "HEARING_AID",
                    "COCHLEAR_OR_BONE_IMPLANT")),
    MEDICINES("Medicines", "Taking blood thinners, long-term steroids, medicine for seizures, or medicine that "
            + "makes skin sensitive to sunlight?",
            List.of("BLOOD_THINNERS", "STEROIDS_LONG_TERM", "SEIZURE_MEDICATION", "PHOTOSENSITISING"));

    private final String title;
    private final String gate;
    private final List<String> codes;

    HealthTheme(String title, String gate, List<String> codes) {
        this.title = title;
        this.gate = gate;
        this.codes = codes;
    }

    public String title() {
        return title;
    }

    /** The one question that opens the theme's detailed questions. */
    public String gate() {
        return gate;
    }

    public List<String> codes() {
        return codes;
    }
}
