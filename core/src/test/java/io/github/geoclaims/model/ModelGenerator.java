package io.github.geoclaims.model;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import java.util.stream.LongStream;

/**
 * A seeded generator of model objects for property tests: documents that are valid by construction (every reference
 * resolves, quotes are cut out of the source text, chains and directed relations are acyclic, statements precede
 * publication), and arbitrary documents that are such a document with zero to four random kinds of damage done to
 * it. The same seed always produces the same values, so a failure reported for a seed can be reproduced with
 * {@code new ModelGenerator(seed)}.
 */
public final class ModelGenerator {

  /**
   * The system property that shifts the seeds of every property test ({@code -Dgeoclaims.seed.base=N}, default 0):
   * the tests then run seeds N, N+1, ... instead of 0, 1, ...
   */
  public static final String SEED_BASE_PROPERTY = "geoclaims.seed.base";

  /** An accented letter, CJK and Hangul, emoji and a regional indicator, a Deseret letter, a zero-width space. */
  private static final List<Integer> SPECIAL_CODE_POINTS =
      List.of(0xE9, 0x4E2D, 0xAC00, 0x1F600, 0x1F1F0, 0x10437, 0x200B);

  /** Strings that sit on the edge of some rule. */
  private static final List<String> EDGE_STRINGS =
      List.of("", " ", "x-", "x-a", "Q0", "ZZ", "en_US", "ftp://a", "https://", "{0}", "${1}", "a b");

  private static final List<Integer> EDGE_INTS =
      List.of(0, 1, -1, 2, Integer.MIN_VALUE, Integer.MAX_VALUE, Integer.MIN_VALUE + 1, Integer.MAX_VALUE - 1);

  private static final List<Double> EDGE_DOUBLES = List.of(0.0, -0.0, 1.0, -1.0, 0.5, 1.0000001, Double.MIN_VALUE,
      Double.MAX_VALUE, -Double.MAX_VALUE, Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY);

  private static final String IDENTIFIER_START = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";
  private static final String IDENTIFIER_REST = "abcdefghijklmnopqrstuvwxyz0123456789._:-";

  private final long seed;
  private final SplittableRandom random;

  /** Returns a generator whose values depend only on {@code seed}. */
  public ModelGenerator(long seed) {
    this.seed = seed;
    this.random = new SplittableRandom(seed);
  }

  /** Returns the seed of this generator. */
  public long seed() {
    return seed;
  }

  /** Returns {@code count} consecutive seeds, from the {@value #SEED_BASE_PROPERTY} system property (default 0). */
  public static LongStream seeds(int count) {
    long base = Long.getLong(SEED_BASE_PROPERTY, 0L);
    return LongStream.range(base, base + count);
  }

  /** A check of a property for one seed, that may throw anything. */
  @FunctionalInterface
  public interface Check {
    /** Checks the property with values from {@code generator}. */
    void check(ModelGenerator generator) throws Throwable;
  }

  /**
   * Runs {@code property} with a generator for {@code seed}; whatever it throws is reported as an assertion error
   * whose message starts with the seed.
   */
  public static void forSeed(long seed, Check property) {
    try {
      property.check(new ModelGenerator(seed));
    } catch (Throwable failure) {
      if (failure instanceof VirtualMachineError) {
        throw (VirtualMachineError) failure;
      }
      throw new AssertionError("Property failed for seed " + seed + " (reproduce with new ModelGenerator(" + seed
          + "L) or -D" + SEED_BASE_PROPERTY + "=" + seed + "): " + failure, failure);
    }
  }

  /** Returns a well-formed identifier, 1 to 20 characters. */
  public String identifier() {
    StringBuilder id = new StringBuilder().append(IDENTIFIER_START.charAt(random.nextInt(IDENTIFIER_START.length())));
    int rest = size(19);
    for (int i = 0; i < rest; i++) {
      id.append(IDENTIFIER_REST.charAt(random.nextInt(IDENTIFIER_REST.length())));
    }
    return id.toString();
  }

  /** Returns {@code min} to {@code max} distinct identifiers. */
  public List<String> identifiers(int min, int max) {
    int count = min + random.nextInt(max - min + 1);
    Set<String> ids = new LinkedHashSet<>();
    while (ids.size() < count) {
      ids.add(identifier());
    }
    return new ArrayList<>(ids);
  }

  /** Returns a text of 1 to 80 code points, mostly printable ASCII, some outside the Basic Multilingual Plane. */
  public String text() {
    int length = 1 + size(79);
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < length; i++) {
      int kind = random.nextInt(13);
      if (kind < 9) {
        text.appendCodePoint(0x20 + random.nextInt(0x7E - 0x20 + 1));
      } else if (kind < 11) {
        text.appendCodePoint(pick(List.of(0x20, 0x20, 0x2E)));
      } else {
        text.appendCodePoint(pick(SPECIAL_CODE_POINTS));
      }
    }
    return text.toString();
  }

  /** Returns a time point of any precision between 1990 and 2030. */
  public TimePoint timePoint() {
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

  /** Returns an integer in {@code [0, bound)}. */
  public int nextInt(int bound) {
    return random.nextInt(bound);
  }

  /** Returns a document that is valid by construction. */
  public ClaimDocument validDocument() {
    List<String> actors = identifiers(1, 5);
    List<String> sources = identifiers(1, 3);
    List<String> texts = List.of(text(), text(), text());
    return new ValidDocument(actors, sources, texts).build();
  }

  /** Returns a document, valid or not: a valid document with zero to four random kinds of damage done to it. */
  public ClaimDocument arbitraryDocument() {
    return damage(random.nextInt(5));
  }

  /** Returns a valid document with {@code count} random kinds of damage done to it. */
  public ClaimDocument damage(int count) {
    ClaimDocument document = validDocument();
    Damage damage = new Damage(list(8, this::anyString), list(6, this::anyInt), list(2, this::anyDouble));
    for (int i = 0; i < count; i++) {
      document = damage.apply(document);
    }
    return document;
  }

  /** Returns, with equal chances, a valid document or an arbitrary one. */
  public ClaimDocument document() {
    return random.nextBoolean() ? validDocument() : arbitraryDocument();
  }

  /** Returns a string of up to 12 arbitrary characters, a string on the edge of some rule, or an identifier. */
  public String anyString() {
    switch (random.nextInt(3)) {
      case 0:
        return pick(EDGE_STRINGS);
      case 1:
        return identifier();
      default:
        int length = size(12);
        StringBuilder string = new StringBuilder();
        for (int i = 0; i < length; i++) {
          switch (random.nextInt(6)) {
            case 0:
              string.append((char) random.nextInt(0x20)); // control characters
              break;
            case 1:
              string.append(pick(List.of(' ', '\t', '\n', '\u00A0', '\u2028', '\u007F', '\uFEFF')));
              break;
            case 2:
              string.append((char) random.nextInt(0x10000)); // any UTF-16 unit, lone surrogates included
              break;
            case 3:
              string.appendCodePoint(pick(SPECIAL_CODE_POINTS));
              break;
            default:
              string.append((char) (0x20 + random.nextInt(0x7E - 0x20 + 1)));
          }
        }
        return string.toString();
    }
  }

  /** Returns an integer: an edge value, a small one, or any. */
  public int anyInt() {
    switch (random.nextInt(4)) {
      case 0:
        return pick(EDGE_INTS);
      case 1:
        return random.nextInt();
      default:
        return random.nextInt(-100, 101);
    }
  }

  /** Returns a double: an edge value, one between 0 and 1, or any, NaN and infinities included. */
  public double anyDouble() {
    switch (random.nextInt(3)) {
      case 0:
        return pick(EDGE_DOUBLES);
      case 1:
        return random.nextDouble();
      default:
        return Double.longBitsToDouble(random.nextLong());
    }
  }

  /** Returns a size in {@code [0, max]}, small sizes more often. */
  private int size(int max) {
    return random.nextBoolean() ? random.nextInt(Math.min(max, 4) + 1) : random.nextInt(max + 1);
  }

  private <T> List<T> list(int size, Supplier<T> element) {
    List<T> list = new ArrayList<>();
    for (int i = 0; i < size; i++) {
      list.add(element.get());
    }
    return list;
  }

  private <T> T pick(List<T> values) {
    return values.get(random.nextInt(values.size()));
  }

  private boolean chance() {
    return random.nextBoolean();
  }

  /** Builds one valid document from a random source and pools of identifiers and texts. */
  private final class ValidDocument {
    private final List<String> actorIds;
    private final List<String> sourceIds;
    private final List<String> texts;
    private final List<Source> sources = new ArrayList<>();

    ValidDocument(List<String> actorIds, List<String> sourceIds, List<String> texts) {
      this.actorIds = actorIds;
      this.sourceIds = sourceIds;
      this.texts = texts;
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
      actor.kind(group ? pick(List.of(ActorKind.GROUP, ActorKind.UNNAMED))
          : pick(List.of(ActorKind.STATE, ActorKind.PERSON, ActorKind.MEDIA_OUTLET, ActorKind.of("x-proxy"))));
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
        actor.countryCode(pick(List.of("KP", "US", "RU", "XK", "UA")));
      }
      if (chance()) {
        actor.wikidataId("Q" + (1 + random.nextInt(100000)));
      }
      if (random.nextInt(4) == 0) {
        actor.addRole(Role.builder().title("spokesperson").organisation(pick(actorIds)).former(chance())
            .build());
      }
      if (random.nextInt(4) == 0) {
        actor.identityCaveat("No other record mentions it.");
      }
      return actor.build();
    }

    private Source source(int index) {
      Source.Builder source = Source.builder().id(sourceIds.get(index))
          .kind(pick(SourceKind.standardValues()));
      if (chance()) {
        String text = texts.get(index);
        source.text(text);
        if (chance()) {
          source.addCitation(Citation.builder().marker("[" + index + "]").source(pick(sourceIds))
              .url("https://example.org/" + index).accessedAt(timePoint()).anchor(anchor(text)).build());
        }
      }
      if (chance()) {
        source.publishedAt(timePoint());
      }
      if (chance()) {
        source.publisher(pick(actorIds));
      }
      if (chance()) {
        source.addAuthor(pick(actorIds));
      }
      if (chance()) {
        source.url("https://example.org/source/" + index).language(pick(List.of("en", "ko", "ru", "pt-BR")));
      }
      if (random.nextInt(4) == 0) {
        source.attachedTo(pick(sourceIds));
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
          .eventKind(pick(EventKind.standardValues()));
      for (int p = 0; p < random.nextInt(3); p++) {
        claim.addParticipant(Participant.of(pick(actorIds), pick(ParticipantRole.standardValues())));
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
          return TimeSpec.at(timePoint());
        case 1:
          return TimeSpec.expressed("earlier this month");
        case 2:
          return TimeSpec.builder().start(timePoint()).build();
        default:
          TimePoint a = timePoint();
          TimePoint b = timePoint();
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
      Source source = pick(sources);
      Attribution.Builder attribution = Attribution.builder().id("a-" + claim + "-" + index)
          .claimant(pick(actorIds)).source(source.getId())
          .mode(pick(AttributionMode.standardValues())).stance(pick(Stance.standardValues()))
          .modality(pick(Modality.standardValues()));
      if (source.getText().isPresent() && chance()) {
        attribution.quote(anchor(source.getText().get()));
      }
      if (chance()) {
        TimePoint stated = timePoint();
        if (source.getPublishedAt().isEmpty() || !stated.isCertainlyAfter(source.getPublishedAt().get())) {
          attribution.statedAt(TimeSpec.at(stated));
        }
      }
      if (!earlier.isEmpty() && chance()) {
        attribution.relayedFrom(pick(earlier).getId());
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
      VerificationStatus status = pick(statuses);
      VerificationAssessment.Builder assessment = VerificationAssessment.builder().status(status).rationale("Why.");
      if (status.equals(VerificationStatus.CONFIRMED) || status.equals(VerificationStatus.REFUTED) || chance()) {
        assessment.addEvidence(Evidence.builder().description("Imagery").source(pick(sourceIds)).build());
      }
      if (chance()) {
        assessment.assessor(pick(actorIds)).assessedAt(timePoint());
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

    private Optional<ClaimRelation> relation(int claimCount) {
      int from = random.nextInt(claimCount);
      int to = random.nextInt(claimCount);
      if (chance()) {
        return Optional.of(ClaimRelation.builder().from("c" + from).kind(RelationKind.SAME_PROPOSITION)
            .to("elsewhere-" + to).targetDocument("other-document").build());
      }
      if (from == to) {
        return Optional.empty();
      }
      RelationKind kind = pick(RelationKind.standardValues());
      boolean symmetric = kind.equals(RelationKind.CONTRADICTS) || kind.equals(RelationKind.DENIES)
          || kind.equals(RelationKind.SAME_PROPOSITION);
      // directed relations only run from a later claim to an earlier one, so they cannot close a cycle
      int source = symmetric ? from : Math.max(from, to);
      int target = symmetric ? to : Math.min(from, to);
      return Optional.of(ClaimRelation.builder().from("c" + source).kind(kind).to("c" + target)
          .note("Related.").build());
    }
  }

  /** Random damage to a document: values no rule allows, broken references, cycles, bad anchors. */
  private final class Damage {
    private final List<String> strings;
    private final List<Integer> ints;
    private final List<Double> doubles;

    Damage(List<String> strings, List<Integer> ints, List<Double> doubles) {
      this.strings = strings;
      this.ints = ints;
      this.doubles = doubles;
    }

    private String s() {
      return ModelGenerator.this.pick(strings);
    }

    private int i() {
      return ModelGenerator.this.pick(ints);
    }

    private double d() {
      return pick(List.of(doubles.get(0), doubles.get(1), Double.NaN, Double.POSITIVE_INFINITY, -0.0));
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
          return onAttribution(d, a -> a.withStatedAt(TimeSpec.builder().start(timePoint())
              .end(timePoint()).build()));
        case 12:
          return onClaim(d, c -> c.withAttributions());
        case 13:
          return onClaim(d, c -> c.withTime(TimeSpec.builder().at(timePoint()).start(timePoint())
              .build()));
        case 14:
          return onClaim(d, c -> c.withQuantities(Quantity.builder().unit(s()).value(BigDecimal.valueOf(i()))
              .minimum(BigDecimal.valueOf(i())).exclusiveMaximum(BigDecimal.valueOf(i())).build(),
              Quantity.builder().unit("x").build()));
        case 15:
          return onClaim(d, c -> c.withAssessments(VerificationAssessment.builder()
              .status(pick(VerificationStatus.standardValues())).rationale(s()).confidence(d())
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
