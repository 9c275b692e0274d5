package io.github.geoclaims.model;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.UnaryOperator;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;

/**
 * Generators of model objects for property tests: documents that are valid by construction (every reference
 * resolves, quotes are cut out of the source text, chains and directed relations are acyclic, statements precede
 * publication), and arbitrary documents that are such a document with random damage done to it.
 */
public final class ModelArbitraries {

  /** An accented letter, CJK and Hangul, emoji and a regional indicator, a Deseret letter, a zero-width space. */
  private static final List<Integer> SPECIAL_CODE_POINTS_LIST =
      List.of(0xE9, 0x4E2D, 0xAC00, 0x1F600, 0x1F1F0, 0x10437, 0x200B);

  private ModelArbitraries() {}

  /** Well-formed identifiers, 1 to 20 characters. */
  public static Arbitrary<String> identifiers() {
    Arbitrary<Character> first = Arbitraries.chars().range('a', 'z').range('A', 'Z').range('0', '9');
    Arbitrary<String> rest = Arbitraries.strings().withCharRange('a', 'z').withCharRange('0', '9').withChars("._:-")
        .ofMaxLength(19);
    return Combinators.combine(first, rest).as((f, r) -> f + r);
  }

  /** Texts of 1 to 80 code points, mostly printable ASCII, some outside the Basic Multilingual Plane. */
  public static Arbitrary<String> texts() {
    Arbitrary<Integer> codePoint = Arbitraries.frequencyOf(
        Tuple.of(9, Arbitraries.integers().between(0x20, 0x7E)),
        Tuple.of(2, Arbitraries.of(0x20, 0x20, 0x2E)),
        Tuple.of(2, Arbitraries.of(SPECIAL_CODE_POINTS_LIST)));
    return codePoint.list().ofMinSize(1).ofMaxSize(80).map(ModelArbitraries::fromCodePoints);
  }

  private static String fromCodePoints(List<Integer> codePoints) {
    StringBuilder text = new StringBuilder();
    codePoints.forEach(text::appendCodePoint);
    return text.toString();
  }

  /** Time points of every precision between 1990 and 2030. */
  public static Arbitrary<TimePoint> timePoints() {
    return Arbitraries.randoms().map(ModelArbitraries::timePoint);
  }

  /** Documents that are valid by construction. */
  public static Arbitrary<ClaimDocument> validDocuments() {
    return Combinators.combine(
            identifiers().list().ofMinSize(1).ofMaxSize(5).uniqueElements(),
            identifiers().list().ofMinSize(1).ofMaxSize(3).uniqueElements(),
            texts().list().ofSize(3),
            Arbitraries.randoms())
        .as((actors, sources, texts, random) -> new ValidDocument(random, actors, sources, texts).build());
  }

  /** Documents, valid or not: a valid document with zero to four random kinds of damage done to it. */
  public static Arbitrary<ClaimDocument> arbitraryDocuments() {
    Arbitrary<String> anyString = Arbitraries.oneOf(Arbitraries.strings().ofMaxLength(12),
        Arbitraries.of("", " ", "x-", "x-a", "Q0", "ZZ", "en_US", "ftp://a", "https://", "{0}", "${1}", "a b"),
        identifiers());
    return Combinators.combine(validDocuments(), Arbitraries.randoms(), anyString.list().ofSize(8),
            Arbitraries.integers().list().ofSize(6), Arbitraries.doubles().list().ofSize(2))
        .as((document, random, strings, ints, doubles) -> {
          Damage damage = new Damage(random, strings, ints, doubles);
          ClaimDocument damaged = document;
          int count = random.nextInt(5);
          for (int i = 0; i < count; i++) {
            damaged = damage.apply(damaged);
          }
          return damaged;
        });
  }

  static TimePoint timePoint(Random random) {
    int year = 1990 + random.nextInt(41);
    LocalDate day = LocalDate.of(year, 1, 1).plusDays(random.nextInt(365));
    switch (random.nextInt(4)) {
      case 0:
        return TimePoint.ofYear(year);
      case 1:
        return TimePoint.ofMonth(YearMonth.from(day));
      case 2:
        return TimePoint.ofDay(day);
      default:
        return TimePoint.ofInstant(OffsetDateTime.of(day.atTime(random.nextInt(24), random.nextInt(60),
            random.nextInt(60)), ZoneOffset.ofHours(random.nextInt(27) - 12)));
    }
  }

  private static <T> T pick(Random random, List<T> values) {
    return values.get(random.nextInt(values.size()));
  }

  /** Builds one valid document from a random source and pools of identifiers and texts. */
  private static final class ValidDocument {
    private final Random random;
    private final List<String> actorIds;
    private final List<String> sourceIds;
    private final List<String> texts;
    private final List<Source> sources = new ArrayList<>();

    ValidDocument(Random random, List<String> actorIds, List<String> sourceIds, List<String> texts) {
      this.random = random;
      this.actorIds = actorIds;
      this.sourceIds = sourceIds;
      this.texts = texts;
    }

    private boolean chance() {
      return random.nextBoolean();
    }

    ClaimDocument build() {
      ClaimDocument.Builder document = ClaimDocument.builder().id("doc-" + random.nextInt(1000));
      if (chance()) {
        document.title("Document " + random.nextInt(100));
      }
      if (chance()) {
        document.putExtension("x-batch", String.valueOf(random.nextInt(100)));
      }
      for (int i = 0; i < actorIds.size(); i++) {
        document.addActor(actor(i));
      }
      for (int i = 0; i < sourceIds.size(); i++) {
        sources.add(source(i));
      }
      document.addAllSources(sources);
      int claimCount = 1 + random.nextInt(4);
      for (int c = 0; c < claimCount; c++) {
        document.addClaim(claim(c));
      }
      for (int r = 0; r < random.nextInt(4); r++) {
        relation(claimCount).ifPresent(document::addRelation);
      }
      return document.build();
    }

    private Actor actor(int index) {
      Actor.Builder actor = Actor.builder().id(actorIds.get(index)).name("Actor " + index);
      boolean group = random.nextInt(4) == 0;
      actor.kind(group ? pick(random, List.of(ActorKind.GROUP, ActorKind.UNNAMED))
          : pick(random, List.of(ActorKind.STATE, ActorKind.PERSON, ActorKind.MEDIA_OUTLET, ActorKind.of("x-proxy"))));
      if (group) {
        List<String> members = new ArrayList<>();
        for (String id : actorIds) {
          if (chance()) {
            members.add(id);
          }
        }
        actor.members(members);
        if (chance()) {
          actor.memberCount(members.size() + 1 + random.nextInt(50));
        }
      }
      if (chance()) {
        actor.addAlias("Alias " + index);
      }
      if (chance()) {
        actor.countryCode(pick(random, List.of("KP", "US", "RU", "XK", "UA")));
      }
      if (chance()) {
        actor.wikidataId("Q" + (1 + random.nextInt(100000)));
      }
      if (random.nextInt(4) == 0) {
        actor.addRole(Role.builder().title("spokesperson").organisation(pick(random, actorIds)).former(chance())
            .build());
      }
      if (random.nextInt(4) == 0) {
        actor.identityCaveat("No other record mentions it.");
      }
      return actor.build();
    }

    private Source source(int index) {
      Source.Builder source = Source.builder().id(sourceIds.get(index))
          .kind(pick(random, SourceKind.standardValues()));
      if (chance()) {
        String text = texts.get(index);
        source.text(text);
        if (chance()) {
          source.addCitation(Citation.builder().marker("[" + index + "]").source(pick(random, sourceIds))
              .url("https://example.org/" + index).accessedAt(timePoint(random)).anchor(anchor(text)).build());
        }
      }
      if (chance()) {
        source.publishedAt(timePoint(random));
      }
      if (chance()) {
        source.publisher(pick(random, actorIds));
      }
      if (chance()) {
        source.addAuthor(pick(random, actorIds));
      }
      if (chance()) {
        source.url("https://example.org/source/" + index).language(pick(random, List.of("en", "ko", "ru", "pt-BR")));
      }
      if (random.nextInt(4) == 0) {
        source.attachedTo(pick(random, sourceIds));
      }
      return source.build();
    }

    /** An anchor on a random non-empty passage of {@code text}, with the real text around it as prefix/suffix. */
    private TextAnchor anchor(String text) {
      int length = text.codePointCount(0, text.length());
      int start = random.nextInt(length);
      int end = start + 1 + random.nextInt(length - start);
      int from = text.offsetByCodePoints(0, start);
      int to = text.offsetByCodePoints(0, end);
      TextAnchor.Builder anchor = TextAnchor.builder().exact(text.substring(from, to)).start(start).end(end);
      if (chance()) {
        anchor.prefix(text.substring(text.offsetByCodePoints(0, Math.max(0, start - random.nextInt(4))), from));
      }
      if (chance()) {
        anchor.suffix(text.substring(to, text.offsetByCodePoints(0, Math.min(length, end + random.nextInt(4)))));
      }
      return anchor.build();
    }

    private Claim claim(int index) {
      Claim.Builder claim = Claim.builder().id("c" + index).proposition("Proposition " + index)
          .eventKind(pick(random, EventKind.standardValues()));
      for (int p = 0; p < random.nextInt(3); p++) {
        claim.addParticipant(Participant.of(pick(random, actorIds), pick(random, ParticipantRole.standardValues())));
      }
      if (chance()) {
        claim.time(time());
      }
      if (chance()) {
        claim.location("Somewhere");
      }
      if (chance()) {
        claim.addQuantity(quantity());
      }
      int attributionCount = 1 + random.nextInt(4);
      List<Attribution> attributions = new ArrayList<>();
      for (int a = 0; a < attributionCount; a++) {
        attributions.add(attribution(index, a, attributions));
      }
      claim.attributions(attributions);
      Claim built = claim.build();
      List<VerificationAssessment> assessments = new ArrayList<>();
      for (int v = 0; v < random.nextInt(3); v++) {
        assessments.add(assessment(built.independentOrigins().size() >= 2));
      }
      return built.withAssessments(assessments);
    }

    private TimeSpec time() {
      switch (random.nextInt(4)) {
        case 0:
          return TimeSpec.at(timePoint(random));
        case 1:
          return TimeSpec.expressed("earlier this month");
        case 2:
          return TimeSpec.builder().start(timePoint(random)).build();
        default:
          TimePoint a = timePoint(random);
          TimePoint b = timePoint(random);
          return a.isCertainlyAfter(b) ? TimeSpec.builder().start(b).end(a).build()
              : TimeSpec.builder().start(a).end(b).build();
      }
    }

    private Quantity quantity() {
      Quantity.Builder quantity = Quantity.builder().unit("containers").approximate(chance());
      BigDecimal low = BigDecimal.valueOf(random.nextInt(1000));
      BigDecimal high = low.add(BigDecimal.valueOf(random.nextInt(1000)));
      switch (random.nextInt(3)) {
        case 0:
          return quantity.value(low).text("about " + low).build();
        case 1:
          return chance() ? quantity.minimum(low).build() : quantity.exclusiveMinimum(low).maximum(high).build();
        default:
          return chance() ? quantity.exclusiveMaximum(high).build() : quantity.minimum(low).exclusiveMaximum(high)
              .build();
      }
    }

    private Attribution attribution(int claim, int index, List<Attribution> earlier) {
      Source source = pick(random, sources);
      Attribution.Builder attribution = Attribution.builder().id("a-" + claim + "-" + index)
          .claimant(pick(random, actorIds)).source(source.getId())
          .mode(pick(random, AttributionMode.standardValues())).stance(pick(random, Stance.standardValues()))
          .modality(pick(random, Modality.standardValues()));
      if (source.getText().isPresent() && chance()) {
        attribution.quote(anchor(source.getText().get()));
      }
      if (chance()) {
        TimePoint stated = timePoint(random);
        if (source.getPublishedAt().isEmpty() || !stated.isCertainlyAfter(source.getPublishedAt().get())) {
          attribution.statedAt(TimeSpec.at(stated));
        }
      }
      if (!earlier.isEmpty() && chance()) {
        attribution.relayedFrom(pick(random, earlier).getId());
      }
      if (chance()) {
        attribution.addHedge("reportedly");
      }
      return attribution.build();
    }

    private VerificationAssessment assessment(boolean independentlySourced) {
      List<VerificationStatus> statuses = new ArrayList<>(List.of(VerificationStatus.UNVERIFIED,
          VerificationStatus.DISPUTED, VerificationStatus.UNVERIFIABLE, VerificationStatus.MISLEADING,
          VerificationStatus.CONFIRMED, VerificationStatus.REFUTED));
      if (independentlySourced) {
        statuses.add(VerificationStatus.CORROBORATED);
      }
      VerificationStatus status = pick(random, statuses);
      VerificationAssessment.Builder assessment = VerificationAssessment.builder().status(status).rationale("Why.");
      if (status.equals(VerificationStatus.CONFIRMED) || status.equals(VerificationStatus.REFUTED) || chance()) {
        assessment.addEvidence(Evidence.builder().description("Imagery").source(pick(random, sourceIds)).build());
      }
      if (chance()) {
        assessment.assessor(pick(random, actorIds)).assessedAt(timePoint(random));
      }
      if (chance()) {
        assessment.confidence(random.nextDouble());
      }
      if (chance()) {
        assessment.admiraltyRating(AdmiraltyRating.of(String.valueOf((char) ('A' + random.nextInt(6))),
            1 + random.nextInt(6)));
      }
      return assessment.build();
    }

    private java.util.Optional<ClaimRelation> relation(int claimCount) {
      int from = random.nextInt(claimCount);
      int to = random.nextInt(claimCount);
      if (chance()) {
        return java.util.Optional.of(ClaimRelation.builder().from("c" + from).kind(RelationKind.SAME_PROPOSITION)
            .to("elsewhere-" + to).targetDocument("other-document").build());
      }
      if (from == to) {
        return java.util.Optional.empty();
      }
      RelationKind kind = pick(random, RelationKind.standardValues());
      boolean symmetric = kind.equals(RelationKind.CONTRADICTS) || kind.equals(RelationKind.DENIES)
          || kind.equals(RelationKind.SAME_PROPOSITION);
      // directed relations only run from a later claim to an earlier one, so they cannot close a cycle
      int source = symmetric ? from : Math.max(from, to);
      int target = symmetric ? to : Math.min(from, to);
      return java.util.Optional.of(ClaimRelation.builder().from("c" + source).kind(kind).to("c" + target)
          .note("Related.").build());
    }
  }

  /** Random damage to a document: values no rule allows, broken references, cycles, bad anchors. */
  private static final class Damage {
    private final Random random;
    private final List<String> strings;
    private final List<Integer> ints;
    private final List<Double> doubles;

    Damage(Random random, List<String> strings, List<Integer> ints, List<Double> doubles) {
      this.random = random;
      this.strings = strings;
      this.ints = ints;
      this.doubles = doubles;
    }

    private String s() {
      return pick(random, strings);
    }

    private int i() {
      return pick(random, ints);
    }

    private double d() {
      return pick(random, List.of(doubles.get(0), doubles.get(1), Double.NaN, Double.POSITIVE_INFINITY, -0.0));
    }

    private <T> List<T> replaceOne(List<T> list, UnaryOperator<T> change) {
      if (list.isEmpty()) {
        return list;
      }
      List<T> copy = new ArrayList<>(list);
      int index = random.nextInt(copy.size());
      copy.set(index, change.apply(copy.get(index)));
      return copy;
    }

    private ClaimDocument onClaim(ClaimDocument d, UnaryOperator<Claim> change) {
      return d.withClaims(replaceOne(d.getClaims(), change));
    }

    private ClaimDocument onAttribution(ClaimDocument d, UnaryOperator<Attribution> change) {
      return onClaim(d, c -> c.withAttributions(replaceOne(c.getAttributions(), change)));
    }

    ClaimDocument apply(ClaimDocument d) {
      switch (random.nextInt(22)) {
        case 0:
          return d.withId(s());
        case 1:
          return d.withActors(replaceOne(d.getActors(), a -> a.withId(s()).withName(s())));
        case 2:
          return d.withActors(replaceOne(d.getActors(), a -> a.withKind(ActorKind.of(s())).withMembers(s(), s())
              .withMemberCount(i())));
        case 3:
          return d.withActors(replaceOne(d.getActors(), a -> a.withCountryCode(s()).withWikidataId(s())
              .withAliases(s()).withExtensions(Map.of(s(), s()))));
        case 4:
          return d.withSources(replaceOne(d.getSources(), s -> s.withUrl(s()).withLanguage(s()).withPublisher(s())));
        case 5:
          return d.withSources(replaceOne(d.getSources(), s -> s.withText(s())));
        case 6:
          return d.withSources(replaceOne(d.getSources(), s -> s.withCitations(Citation.builder().source(s())
              .anchor(TextAnchor.builder().exact(s()).start(i()).end(i()).build()).build())));
        case 7:
          return onAttribution(d, a -> a.withQuote(TextAnchor.builder().exact(s()).start(i()).end(i())
              .prefix(s()).suffix(s()).build()));
        case 8:
          return onAttribution(d, a -> a.withRelayedFrom(a.getId()));
        case 9:
          return onAttribution(d, a -> a.withRelayedFrom(s()).withClaimant(s()).withSource(s()));
        case 10:
          return onAttribution(d, a -> a.withStance(Stance.of(s())).withMode(AttributionMode.of(s()))
              .withModality(Modality.of(s())).withHedges(s()));
        case 11:
          return onAttribution(d, a -> a.withStatedAt(TimeSpec.builder().start(timePoint(random))
              .end(timePoint(random)).build()));
        case 12:
          return onClaim(d, c -> c.withAttributions());
        case 13:
          return onClaim(d, c -> c.withTime(TimeSpec.builder().at(timePoint(random)).start(timePoint(random))
              .build()));
        case 14:
          return onClaim(d, c -> c.withQuantities(Quantity.builder().unit(s()).value(BigDecimal.valueOf(i()))
              .minimum(BigDecimal.valueOf(i())).exclusiveMaximum(BigDecimal.valueOf(i())).build(),
              Quantity.builder().unit("x").build()));
        case 15:
          return onClaim(d, c -> c.withAssessments(VerificationAssessment.builder()
              .status(pick(random, VerificationStatus.standardValues())).rationale(s()).confidence(d())
              .admiraltyRating(AdmiraltyRating.of(s(), i())).assessor(s()).build()));
        case 16:
          return onClaim(d, c -> c.withParticipants(Participant.of(s(), ParticipantRole.of(s()))));
        case 17:
          return d.withClaims(d.getClaims().isEmpty() ? d.getClaims()
              : List.of(d.getClaims().get(0), d.getClaims().get(0)));
        case 18:
          return d.withRelations(ClaimRelation.builder().from("c0").kind(RelationKind.SUPPORTS).to("c1").build(),
              ClaimRelation.builder().from("c1").kind(RelationKind.ELABORATES).to("c0").build(),
              ClaimRelation.builder().from(s()).kind(RelationKind.of(s())).to(s()).build());
        case 19:
          return d.withRelations(ClaimRelation.builder().from("c0").kind(RelationKind.SUPPORTS).to("c0")
              .targetDocument(s()).build());
        case 20:
          return onClaim(d, c -> c.withEventKind(EventKind.of(s())).withNote(s()).withLocation(s()));
        default:
          return d.withTitle(s()).withDescription(s()).withExtensions(Map.of(s(), s()));
      }
    }
  }
}
