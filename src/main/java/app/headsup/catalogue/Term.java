package app.headsup.catalogue;

/** A code with the plain words a person sees for it, and why we ask about it (may be empty). */
public record Term(String code, String label, String why) {}
