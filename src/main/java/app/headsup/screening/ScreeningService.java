package app.headsup.screening;

import app.headsup.catalogue.Catalogues;
import app.headsup.rules.Pressure;
import app.headsup.rules.RuleEngine;
import app.headsup.rules.RuleSession;
import app.headsup.rules.RuleSet;
import app.headsup.rules.RulesUnavailableException;
import app.headsup.rules.facts.Hit;
import app.headsup.rules.facts.OilStatus;
import app.headsup.rules.facts.RequestedOil;
import app.headsup.rules.facts.RoutinePlan;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;

/**
 * Screens one massage. The rules run in three rounds in one session: the answers (every knowledge
 * row), then the oils once their status is known (the oil findings), then the routine once it is
 * planned. Between rounds this class only does the arithmetic of knowledge section 1.
 * If the rules are down or a rule fails, it throws {@link RulesUnavailableException}: never a verdict.
 */
@Service
public class ScreeningService {

    private final RuleEngine engine;

    public ScreeningService(RuleEngine engine) {
        this.engine = engine;
    }

    public Screening screen(ScreeningRequest request) {
        try (RuleSession session = engine.openSession()) {
            return screen(request, session);
        } catch (RulesUnavailableException e) {
            if (engine.isUp()) {
                engine.recordRunFailure(e);
            }
            throw e;
        } catch (RuntimeException e) {
            var refused = new RulesUnavailableException("the screening failed", e);
            engine.recordRunFailure(refused);
            throw refused;
        }
    }

    /** The oil checker's two screenings: as answered, and as it will be once every oil is patch-tested. */
    public OilCheck checkOils(ScreeningRequest request) {
        var asAnswered = screen(request);
        var oncePatchTested = screen(request.withPatchTested(request.oils()));
        return new OilCheck(asAnswered, oncePatchTested.essentialOilShares());
    }

    private Screening screen(ScreeningRequest request, RuleSession session) {
        var rounds = new Rounds(request, session);
        var personHits = rounds.answers();
        var oils = rounds.oils(personHits);
        var planned = rounds.routinePlan();
        return rounds.result(personHits, oils, planned);
    }

    /** One screening's three rounds in its session, each named for what it adds to the facts. */
    private static final class Rounds {
        private final ScreeningRequest request;
        private final RuleSession session;
        private final RuleSet rules;
        private final Catalogues catalogues;
        private final List<String> requestedOils;
        private List<Hit> hits = List.of();
        private List<Blend.Share> shares = List.of();

        Rounds(ScreeningRequest request, RuleSession session) {
            this.request = request;
            this.session = session;
            this.rules = session.ruleSet();
            this.catalogues = rules.catalogues();
            this.requestedOils = List.copyOf(new LinkedHashSet<>(request.oils()));
        }

        /** Round one: every answer and requested oil, against every knowledge row. */
        List<Hit> answers() {
            AnswerFacts.of(request, catalogues.vocabulary()).forEach(session::insert);
            requestedOils.stream()
                    .map(catalogues.oils()::get)
                    .forEach(oil -> session.insert(new RequestedOil(oil.code(), oil.essential(), oil.families())));
            hits = session.fire();
            return hits;
        }

        /** Round two: each oil's status and share of the person's cap, then the oil findings about them. */
        List<OilAssessment> oils(List<Hit> personHits) {
            var oils = OilAssessor.assess(request, personHits, rules);
            shares = Blend.of(
                    OilAssessor.personCap(personHits, rules),
                    oils.stream()
                            .filter(OilAssessment::goesIntoABlend)
                            .map(OilAssessment::ingredient)
                            .toList());
            var drops = shares.stream().collect(Collectors.toMap(Blend.Share::oil, Blend.Share::dropsPer30ml));
            oils.forEach(
                    oil -> session.insert(oil.fact(drops.getOrDefault(oil.oil().code(), 0))));
            hits = session.fire();
            return oils;
        }

        /** The routine as planned in round three, with the areas it leaves out. */
        private record Planned(RoutinePlanner planner, RoutinePlan plan, List<String> avoidAreas) {}

        /** Round three: the routine asked for, with the avoided areas left out, when the verdict so far allows one. */
        Planned routinePlan() {
            var avoidAreas = avoidAreas(hits, rules);
            var planner = new RoutinePlanner(catalogues.routines(), avoidAreas);
            var verdictSoFar = hits.stream()
                    .map(h -> Verdict.of(rules.describe(h.rule()).levelOf(h)))
                    .max(Comparator.naturalOrder())
                    .orElse(Verdict.PROCEED);
            var plan = planner.plan(request.routine(), verdictSoFar.allowsRoutine());
            session.insert(plan);
            hits = session.fire();
            return new Planned(planner, plan, avoidAreas);
        }

        /** Every finding, the verdict they make, and the routine adapted to them. */
        Screening result(List<Hit> personHits, List<OilAssessment> oils, Planned planned) {
            var findings = new FindingWriter(rules, requestedOils).write(hits);
            var verdict = verdict(findings);
            var pressure = hits.stream().anyMatch(h -> rules.describe(h.rule()).asksLightPressure())
                    ? Pressure.LIGHT
                    : Pressure.MEDIUM;
            String carrier = oils.stream()
                    .filter(o -> !o.oil().essential() && o.isOk())
                    .map(o -> o.oil().code())
                    .findFirst()
                    .orElse(RoutineResult.DRY);
            var routine = planned.planner()
                    .adapt(
                            planned.plan(),
                            findings,
                            cautionsByArea(hits, findings, rules),
                            pressure,
                            carrier,
                            blend(shares, carrier),
                            carriersToTry(personHits, oils, carrier),
                            catalogues.guidance())
                    .orElse(null);
            return new Screening(
                    verdict,
                    catalogues.guidance().summary(verdict.name()),
                    findings,
                    planned.avoidAreas(),
                    pressure,
                    oils.stream().map(OilAssessment::result).toList(),
                    shares.stream().map(ScreeningService::line).toList(),
                    patchTest(oils, catalogues),
                    routine,
                    rules.version(),
                    catalogues.guidance().disclaimer());
        }

        /**
         * Dry hands by choice (no oil asked about) needs no suggestion, nor a chosen carrier that waits for its
         * patch test; dry hands because no chosen carrier can ever be used (none chosen, or all ruled out) does.
         */
        private List<OilResult> carriersToTry(List<Hit> personHits, List<OilAssessment> oils, String carrier) {
            boolean noUsableCarrierChosen =
                    oils.stream().noneMatch(o -> !o.oil().essential() && o.status() != OilStatus.AVOID);
            return carrier.equals(RoutineResult.DRY) && !requestedOils.isEmpty() && noUsableCarrierChosen
                    ? OilAssessor.carriersToTry(request, personHits, rules)
                    : List.of();
        }
    }

    private static Verdict verdict(List<Finding> findings) {
        return findings.stream()
                .map(f -> Verdict.of(f.level()))
                .max(Comparator.naturalOrder())
                .orElse(Verdict.PROCEED);
    }

    /** Every area of an AVOID_AREA or local-issue finding, in the order of the contract's area list. */
    private static List<String> avoidAreas(List<Hit> hits, RuleSet rules) {
        var vocabulary = rules.catalogues().vocabulary();
        return hits.stream()
                .flatMap(h -> rules.describe(h.rule()).areasOf(h).stream())
                .distinct()
                .sorted(Comparator.comparingInt(vocabulary::areaOrder))
                .toList();
    }

    /**
     * Per area, the messages of the findings whose rule asks to say them again at the steps there (mustard oil
     * at the face, forehead and temple steps), in the findings' order.
     */
    private static Map<String, List<String>> cautionsByArea(List<Hit> hits, List<Finding> findings, RuleSet rules) {
        // Most screenings have no such finding: then nothing more is looked at.
        var cautioning = hits.stream()
                .filter(h -> !rules.describe(h.rule()).cautionAreas().isEmpty())
                .toList();
        var cautions = new LinkedHashMap<String, List<String>>();
        for (Finding finding : cautioning.isEmpty() ? List.<Finding>of() : findings) {
            cautioning.stream()
                    .filter(h -> h.id().equals(finding.rule()))
                    .findFirst()
                    .ifPresent(h -> rules.describe(h.rule())
                            .cautionAreas()
                            .forEach(area -> cautions.computeIfAbsent(area, a -> new ArrayList<>())
                                    .add(finding.message())));
        }
        return cautions;
    }

    /** The OK essential oils at their share of the person's cap, when there is a carrier to put them in. */
    private static List<RoutineResult.BlendLine> blend(List<Blend.Share> shares, String carrier) {
        if (carrier.equals(RoutineResult.DRY)) {
            return List.of();
        }
        return shares.stream()
                .filter(share -> share.dropsPer30ml() > 0)
                .map(ScreeningService::line)
                .toList();
    }

    private static RoutineResult.BlendLine line(Blend.Share share) {
        return new RoutineResult.BlendLine(share.oil(), share.percent(), share.dropsPer30ml());
    }

    private static @Nullable PatchTest patchTest(List<OilAssessment> oils, Catalogues catalogues) {
        var toTest = oils.stream()
                .filter(o -> o.status() == OilStatus.PATCH_TEST_FIRST)
                .map(o -> o.oil().code())
                .toList();
        return toTest.isEmpty()
                ? null
                : new PatchTest(
                        toTest, PatchTest.WAIT_HOURS, catalogues.guidance().patchTestSteps());
    }
}
