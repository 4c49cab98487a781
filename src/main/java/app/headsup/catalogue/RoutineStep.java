package app.headsup.catalogue;

public record RoutineStep(int number, String area, int seconds, String title, String instructions) {}
