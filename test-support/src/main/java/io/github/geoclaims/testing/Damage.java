package io.github.geoclaims.testing;

import io.github.geoclaims.model.ActorKind;
import io.github.geoclaims.model.AdmiraltyRating;
import io.github.geoclaims.model.Attribution;
import io.github.geoclaims.model.AttributionMode;
import io.github.geoclaims.model.Citation;
import io.github.geoclaims.model.Claim;
import io.github.geoclaims.model.ClaimDocument;
import io.github.geoclaims.model.ClaimRelation;
import io.github.geoclaims.model.EventKind;
import io.github.geoclaims.model.Modality;
import io.github.geoclaims.model.Participant;
import io.github.geoclaims.model.ParticipantRole;
import io.github.geoclaims.model.Quantity;
import io.github.geoclaims.model.RelationKind;
import io.github.geoclaims.model.Stance;
import io.github.geoclaims.model.TextAnchor;
import io.github.geoclaims.model.TimeSpec;
import io.github.geoclaims.model.VerificationAssessment;
import io.github.geoclaims.model.VerificationStatus;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;

/**
 * Random damage to a document, one kind at a time: values no rule allows (blank, malformed, out of range, NaN),
 * broken references, relays to oneself, cycles, self-relations, anchors that miss the text, empty or ambiguous
 * times and quantities, duplicate claims, unknown terms. Each damage draws its values from small pools of strings,
 * integers and doubles on the edge of some rule, so that damages done to one document often collide.
 */
final class Damage {

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

  /** How many kinds of damage {@link #apply} chooses from. */
  static final int KINDS = 22;

  private final Choices choices;
  private final Times times;
  private final List<String> strings;
  private final List<Integer> ints;
  private final List<Double> doubles;

  Damage(Choices choices, Times times) {
    this.choices = choices;
    this.times = times;
    this.strings = list(8, this::anyString);
    this.ints = list(6, this::anyInt);
    this.doubles = list(2, this::anyDouble);
  }

  /** Returns the document with one random kind of damage done to it (which, rarely, leaves it valid). */
  ClaimDocument apply(ClaimDocument d) {
    return switch (choices.below(KINDS)) {
      case 0 -> d.withId(s());
      case 1 -> d.withActors(replaceOne(d.getActors(), a -> a.withId(s()).withName(s())));
      case 2 -> d.withActors(replaceOne(d.getActors(), a -> a.withKind(ActorKind.of(s())).withMembers(s(), s())
          .withMemberCount(i())));
      case 3 -> d.withActors(replaceOne(d.getActors(), a -> a.withCountryCode(s()).withWikidataId(s())
          .withAliases(s()).withExtensions(Map.of(s(), s()))));
      case 4 -> d.withSources(replaceOne(d.getSources(), s -> s.withUrl(s()).withLanguage(s()).withPublisher(s())));
      case 5 -> d.withSources(replaceOne(d.getSources(), s -> s.withText(s())));
      case 6 -> d.withSources(replaceOne(d.getSources(), s -> s.withCitations(Citation.builder().source(s())
          .anchor(TextAnchor.builder().exact(s()).start(i()).end(i()).build()).build())));
      case 7 -> onAttribution(d, a -> a.withQuote(TextAnchor.builder().exact(s()).start(i()).end(i())
          .prefix(s()).suffix(s()).build()));
      case 8 -> onAttribution(d, a -> a.withRelayedFrom(a.getId()));
      case 9 -> onAttribution(d, a -> a.withRelayedFrom(s()).withClaimant(s()).withSource(s()));
      case 10 -> onAttribution(d, a -> a.withStance(Stance.of(s())).withMode(AttributionMode.of(s()))
          .withModality(Modality.of(s())).withHedges(s()));
      case 11 -> onAttribution(d, a -> a.withStatedAt(TimeSpec.builder().start(times.any()).end(times.any())
          .build()));
      case 12 -> onClaim(d, c -> c.withAttributions());
      case 13 -> onClaim(d, c -> c.withTime(TimeSpec.builder().at(times.any()).start(times.any()).build()));
      case 14 -> onClaim(d, c -> c.withQuantities(Quantity.builder().unit(s()).value(BigDecimal.valueOf(i()))
          .minimum(BigDecimal.valueOf(i())).exclusiveMaximum(BigDecimal.valueOf(i())).build(),
          Quantity.builder().unit("x").build()));
      case 15 -> onClaim(d, c -> c.withAssessments(VerificationAssessment.builder()
          .status(choices.pick(VerificationStatus.standardValues())).rationale(s()).confidence(d())
          .admiraltyRating(AdmiraltyRating.of(s(), i())).assessor(s()).build()));
      case 16 -> onClaim(d, c -> c.withParticipants(Participant.of(s(), ParticipantRole.of(s()))));
      case 17 -> d.withClaims(d.getClaims().isEmpty() ? d.getClaims()
          : List.of(d.getClaims().get(0), d.getClaims().get(0)));
      case 18 -> d.withRelations(ClaimRelation.builder().from(claimId(d, 0)).kind(RelationKind.SUPPORTS)
          .to(claimId(d, 1)).build(),
          ClaimRelation.builder().from(claimId(d, 1)).kind(RelationKind.ELABORATES).to(claimId(d, 0)).build(),
          ClaimRelation.builder().from(s()).kind(RelationKind.of(s())).to(s()).build());
      case 19 -> d.withRelations(ClaimRelation.builder().from(claimId(d, 0)).kind(RelationKind.SUPPORTS)
          .to(claimId(d, 0)).targetDocument(s()).build());
      case 20 -> onClaim(d, c -> c.withEventKind(EventKind.of(s())).withNote(s()).withLocation(s()));
      default -> d.withTitle(s()).withDescription(s()).withExtensions(Map.of(s(), s()));
    };
  }

  /** Returns the identifier of the document's claim at {@code index}, or a made-up one if it has fewer claims. */
  private static String claimId(ClaimDocument d, int index) {
    return index < d.getClaims().size() ? d.getClaims().get(index).getId() : "c" + index;
  }

  private String s() {
    return choices.pick(strings);
  }

  private int i() {
    return choices.pick(ints);
  }

  private double d() {
    return choices.pick(List.of(doubles.get(0), doubles.get(1), Double.NaN, Double.POSITIVE_INFINITY, -0.0));
  }

  private <T> List<T> replaceOne(List<T> list, UnaryOperator<T> change) {
    if (list.isEmpty()) {
      return list;
    }
    List<T> copy = new ArrayList<>(list);
    int index = choices.below(copy.size());
    copy.set(index, change.apply(copy.get(index)));
    return copy;
  }

  private ClaimDocument onClaim(ClaimDocument d, UnaryOperator<Claim> change) {
    return d.withClaims(replaceOne(d.getClaims(), change));
  }

  private ClaimDocument onAttribution(ClaimDocument d, UnaryOperator<Attribution> change) {
    return onClaim(d, c -> c.withAttributions(replaceOne(c.getAttributions(), change)));
  }

  /** Returns a string of up to 12 arbitrary characters, a string on the edge of some rule, or an identifier. */
  String anyString() {
    return switch (choices.below(3)) {
      case 0 -> choices.pick(EDGE_STRINGS);
      case 1 -> identifier();
      default -> {
        int length = choices.size(12);
        StringBuilder string = new StringBuilder();
        for (int i = 0; i < length; i++) {
          switch (choices.below(6)) {
            case 0 -> string.append((char) choices.below(0x20)); // control characters
            case 1 -> string.append(choices.pick(List.of(' ', '\t', '\n', '\u00A0', '\u2028', '\u007F', '\uFEFF')));
            case 2 -> string.append((char) choices.below(0x10000)); // any UTF-16 unit, lone surrogates included
            case 3 -> string.appendCodePoint(choices.pick(SPECIAL_CODE_POINTS));
            default -> string.append((char) (0x20 + choices.below(0x7E - 0x20 + 1)));
          }
        }
        yield string.toString();
      }
    };
  }

  /** Returns a well-formed identifier, 1 to 20 characters. */
  String identifier() {
    StringBuilder id = new StringBuilder().append(IDENTIFIER_START.charAt(choices.below(IDENTIFIER_START.length())));
    int rest = choices.size(19);
    for (int i = 0; i < rest; i++) {
      id.append(IDENTIFIER_REST.charAt(choices.below(IDENTIFIER_REST.length())));
    }
    return id.toString();
  }

  /** Returns an integer: an edge value, a small one, or any. */
  private int anyInt() {
    return switch (choices.below(4)) {
      case 0 -> choices.pick(EDGE_INTS);
      case 1 -> choices.anyInt();
      default -> choices.anyIntIn(-100, 101);
    };
  }

  /** Returns a double: an edge value, one between 0 and 1, or any, NaN and infinities included. */
  private double anyDouble() {
    return switch (choices.below(3)) {
      case 0 -> choices.pick(EDGE_DOUBLES);
      case 1 -> choices.fraction();
      default -> Double.longBitsToDouble(choices.anyLong());
    };
  }

  private <T> List<T> list(int size, Supplier<T> element) {
    List<T> list = new ArrayList<>();
    for (int i = 0; i < size; i++) {
      list.add(element.get());
    }
    return list;
  }
}
