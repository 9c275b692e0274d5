package io.github.geoclaims.shapes;

import io.github.geoclaims.model.Actor;
import io.github.geoclaims.model.ActorKind;
import io.github.geoclaims.model.Attribution;
import io.github.geoclaims.model.AttributionBasis;
import io.github.geoclaims.model.AttributionMode;
import io.github.geoclaims.model.Citation;
import io.github.geoclaims.model.Claim;
import io.github.geoclaims.model.ClaimDocument;
import io.github.geoclaims.model.ClaimRelation;
import io.github.geoclaims.model.EventKind;
import io.github.geoclaims.model.Modality;
import io.github.geoclaims.model.Participant;
import io.github.geoclaims.model.ParticipantRole;
import io.github.geoclaims.model.RelationKind;
import io.github.geoclaims.model.Source;
import io.github.geoclaims.model.SourceKind;
import io.github.geoclaims.model.Stance;
import io.github.geoclaims.model.TextAnchor;
import io.github.geoclaims.model.VerificationAssessment;
import io.github.geoclaims.model.VerificationStatus;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Documents of unusual shape, each grown along one dimension: long chains, wide fans, one id shared by many
 * attributions, many quotes into one long text. A rule whose work grows faster than the document along any of these
 * dimensions shows it at a few thousand elements; the complexity tests and {@code benchmarks/run --shapes} generate
 * them at sizes {@code n} and {@code 4n}.
 *
 * <p>Every shape is built from the same small parts (an actor, a source, claims of one attribution each), so the
 * documents of the same size have roughly the same bytes per element as {@link #PLAIN}, the baseline. The same shape
 * and size always give equal documents.
 *
 * <pre>{@code
 * ClaimDocument chain = DocumentShape.SUPPORTS_CHAIN.generate(20_000);
 * }</pre>
 */
public enum DocumentShape {

  /** The baseline: {@code n} claims and nothing else unusual. Valid. */
  PLAIN(true) {
    @Override
    ClaimDocument build(int n) {
      return withClaims(base(), n).build();
    }
  },

  /**
   * The baseline of the invalid shapes: {@link #PLAIN} with one broken reference (the last claim's claimant names no
   * actor), so that the full report is built, as for every invalid document. Invalid.
   */
  PLAIN_WITH_ONE_PROBLEM(false) {
    @Override
    ClaimDocument build(int n) {
      ClaimDocument.Builder document = withClaims(base(), n - 1);
      return document.addClaim(claim(claimId(n - 1), attributionBuilder(attributionId(n - 1), "nobody").build()))
          .build();
    }
  },

  /** {@code n} claims, each supporting the one before: a chain of {@code n - 1} directed relations. Valid. */
  SUPPORTS_CHAIN(true) {
    @Override
    ClaimDocument build(int n) {
      ClaimDocument.Builder document = withClaims(base(), n);
      for (int i = 1; i < n; i++) {
        document.addRelation(relation(claimId(i), RelationKind.SUPPORTS, claimId(i - 1)));
      }
      return document.build();
    }
  },

  /** {@code n} claims, each elaborating the first: {@code n - 1} directed relations into one claim. Valid. */
  FAN_IN(true) {
    @Override
    ClaimDocument build(int n) {
      ClaimDocument.Builder document = withClaims(base(), n);
      for (int i = 1; i < n; i++) {
        document.addRelation(relation(claimId(i), RelationKind.ELABORATES, claimId(0)));
      }
      return document.build();
    }
  },

  /** {@code n} claims, the first responding to each other one: {@code n - 1} directed relations out of one claim. */
  FAN_OUT(true) {
    @Override
    ClaimDocument build(int n) {
      ClaimDocument.Builder document = withClaims(base(), n);
      for (int i = 1; i < n; i++) {
        document.addRelation(relation(claimId(0), RelationKind.RESPONDS_TO, claimId(i)));
      }
      return document.build();
    }
  },

  /** {@code n} claims, each contradicting the first: one claim with {@code n - 1} contradictions. Valid. */
  CONTRADICTED_CLAIM(true) {
    @Override
    ClaimDocument build(int n) {
      ClaimDocument.Builder document = withClaims(base(), n);
      for (int i = 1; i < n; i++) {
        document.addRelation(relation(claimId(i), RelationKind.CONTRADICTS, claimId(0)));
      }
      return document.build();
    }
  },

  /**
   * One claim whose {@code n} attributions form one relay chain (each relayed from the one before), plus one
   * independent attribution, and a {@code corroborated} assessment: every attribution's origin is asked for. Valid.
   */
  RELAY_CHAIN(true) {
    @Override
    ClaimDocument build(int n) {
      Claim.Builder claim = Claim.builder().id(claimId(0)).proposition("Proposition 0.").eventKind(EventKind.OTHER);
      for (int i = 0; i < n; i++) {
        Attribution.Builder attribution = attributionBuilder(attributionId(i), ACTORS.get(i % 2));
        if (i > 0) {
          attribution.relayedFrom(attributionId(i - 1));
        }
        claim.addAttribution(attribution.build());
      }
      claim.addAttribution(attributionBuilder("independent", "actor-2").build());
      claim.addAssessment(VerificationAssessment.builder().status(VerificationStatus.CORROBORATED)
          .rationale("Two independent origins.").build());
      return base().addClaim(claim.build()).build();
    }
  },

  /** {@code n} claims whose attributions all share one id: {@code n - 1} repeats of it. Invalid. */
  SHARED_ATTRIBUTION_ID(false) {
    @Override
    ClaimDocument build(int n) {
      ClaimDocument.Builder document = base();
      for (int i = 0; i < n; i++) {
        document.addClaim(claim(claimId(i), attributionBuilder("shared", ACTORS.get(0)).build()));
      }
      return document.build();
    }
  },

  /**
   * {@code n} claims whose ids all have the same {@link String#hashCode()} (built of the blocks {@code Aa} and
   * {@code BB}): what a hash table without a defence against collisions handles in quadratic time. Valid.
   */
  COLLIDING_CLAIM_IDS(true) {
    @Override
    ClaimDocument build(int n) {
      ClaimDocument.Builder document = base();
      for (int i = 0; i < n; i++) {
        document.addClaim(claim(collidingId(i), attribution(attributionId(i))));
      }
      return document.build();
    }
  },

  /**
   * {@code n} claims, each quoting a passage near the end of one source text of {@code 80 n} code points, which
   * holds a character outside the Basic Multilingual Plane in every passage (so code points and chars differ).
   */
  QUOTES_IN_LONG_TEXT(true) {
    @Override
    ClaimDocument build(int n) {
      ClaimDocument.Builder document = ClaimDocument.builder().id("shapes").addAllActors(actors())
          .addSource(longTextSource(SOURCE_ID, n).build());
      for (int i = 0; i < n; i++) {
        Attribution quoted = Attribution.builder().from(attribution(attributionId(i)))
            .quote(passageAnchor(nearTheEnd(i, n))).build();
        document.addClaim(claim(claimId(i), quoted));
      }
      return document.build();
    }
  },

  /** One source whose text has {@code 80 n} code points, with {@code n} citations anchored near its end. Valid. */
  CITATIONS_IN_LONG_TEXT(true) {
    @Override
    ClaimDocument build(int n) {
      Source.Builder source = longTextSource(SOURCE_ID, n);
      for (int i = 0; i < n; i++) {
        source.addCitation(Citation.builder().marker("[" + i + "]").anchor(passageAnchor(nearTheEnd(i, n)))
            .build());
      }
      return withClaims(ClaimDocument.builder().id("shapes").addAllActors(actors()).addSource(source.build()), 1)
          .build();
    }
  },

  /** {@code n} people and one group with all of them as members. Valid. */
  WIDE_GROUP(true) {
    @Override
    ClaimDocument build(int n) {
      ClaimDocument.Builder document = withClaims(base(), 1);
      Actor.Builder group = Actor.builder().id("group").kind(ActorKind.GROUP).name("The group");
      for (int i = 0; i < n; i++) {
        document.addActor(person(i));
        group.addMember(personId(i));
      }
      return document.addActor(group.build()).build();
    }
  },

  /** {@code n} people, all participants of one claim. Valid. */
  MANY_PARTICIPANTS(true) {
    @Override
    ClaimDocument build(int n) {
      ClaimDocument.Builder document = base();
      Claim.Builder claim = Claim.builder().from(claim(claimId(0), attribution(attributionId(0))));
      for (int i = 0; i < n; i++) {
        document.addActor(person(i));
        claim.addParticipant(Participant.of(personId(i), ParticipantRole.AGENT));
      }
      return document.addClaim(claim.build()).build();
    }
  },

  /** {@code n} claims whose claimants name no actor: {@code n} violations of one rule. Invalid. */
  MANY_PROBLEMS(false) {
    @Override
    ClaimDocument build(int n) {
      ClaimDocument.Builder document = base();
      for (int i = 0; i < n; i++) {
        document.addClaim(claim(claimId(i), attributionBuilder(attributionId(i), "nobody-" + i).build()));
      }
      return document.build();
    }
  };

  /** The identifier of the one source of every shape. */
  public static final String SOURCE_ID = "source-0";
  private static final List<String> ACTORS = List.of("actor-0", "actor-1", "actor-2");
  /** One passage of a long text: 80 code points, one of them outside the Basic Multilingual Plane. */
  private static final String PASSAGE_FORMAT = "Passage %07d \uD83D\uDCF0 reports what was said, word for word, at this"
      + " place in it. ";
  /** The length of a passage, in code points. */
  public static final int PASSAGE_CODE_POINTS = passage(0).codePointCount(0, passage(0).length());

  private final boolean valid;

  DocumentShape(boolean valid) {
    this.valid = valid;
  }

  /**
   * Returns the document of this shape with {@code n} elements along its dimension.
   *
   * @param n the number of elements, at least 1
   * @return the document
   */
  public ClaimDocument generate(int n) {
    if (n < 1) {
      throw new IllegalArgumentException("A shape needs at least one element, not " + n);
    }
    return build(n);
  }

  /** Returns {@code true} if the documents of this shape break no rule. */
  public boolean isValid() {
    return valid;
  }

  abstract ClaimDocument build(int n);

  // ---------------------------------------------------------------- parts

  /** Returns the identifier of claim {@code i}. */
  public static String claimId(int i) {
    return "claim-" + i;
  }

  /** Returns the identifier of attribution {@code i}. */
  public static String attributionId(int i) {
    return "a-" + i;
  }

  /** Returns the identifier of person {@code i}. */
  public static String personId(int i) {
    return "person-" + i;
  }

  /**
   * Returns the {@code i}th of the identifiers that all share one {@link String#hashCode()}: {@code c-} and 17
   * blocks, {@code Aa} for a 0 bit of {@code i} and {@code BB} for a 1 bit ("Aa" and "BB" hash alike).
   */
  public static String collidingId(int i) {
    StringBuilder id = new StringBuilder("c-");
    for (int bit = 16; bit >= 0; bit--) {
      id.append((i >>> bit & 1) == 0 ? "Aa" : "BB");
    }
    return id.toString();
  }

  /** Returns passage {@code i} of a long text. */
  public static String passage(int i) {
    return String.format(Locale.ROOT, PASSAGE_FORMAT, i);
  }

  private static ClaimDocument.Builder base() {
    return ClaimDocument.builder().id("shapes").addAllActors(actors())
        .addSource(Source.builder().id(SOURCE_ID).kind(SourceKind.NEWS_ARTICLE).build());
  }

  private static List<Actor> actors() {
    List<Actor> actors = new ArrayList<>();
    for (String id : ACTORS) {
      actors.add(Actor.builder().id(id).kind(ActorKind.MEDIA_OUTLET).name("Outlet " + id).build());
    }
    return actors;
  }

  private static ClaimDocument.Builder withClaims(ClaimDocument.Builder document, int n) {
    for (int i = 0; i < n; i++) {
      document.addClaim(claim(claimId(i), attribution(attributionId(i))));
    }
    return document;
  }

  private static Claim claim(String id, Attribution attribution) {
    return Claim.builder().id(id).proposition("Proposition " + id + ".").eventKind(EventKind.OTHER)
        .addAttribution(attribution).build();
  }

  private static Attribution attribution(String id) {
    return attributionBuilder(id, ACTORS.get(0)).build();
  }

  private static Attribution.Builder attributionBuilder(String id, String claimant) {
    return Attribution.builder().id(id).claimant(claimant).source(SOURCE_ID).mode(AttributionMode.AUTHORIAL)
        .basis(AttributionBasis.OWN_REPORTING)
        .stance(Stance.ASSERTS).modality(Modality.ASSERTED);
  }

  private static ClaimRelation relation(String from, RelationKind kind, String to) {
    return ClaimRelation.builder().from(from).kind(kind).to(to).build();
  }

  private static Actor person(int i) {
    return Actor.builder().id(personId(i)).kind(ActorKind.PERSON).name("Person " + i).build();
  }

  /** Returns a source whose text is {@code n} passages. */
  private static Source.Builder longTextSource(String id, int n) {
    StringBuilder text = new StringBuilder(n * (PASSAGE_CODE_POINTS + 1));
    for (int i = 0; i < n; i++) {
      text.append(passage(i));
    }
    return Source.builder().id(id).kind(SourceKind.NEWS_ARTICLE).text(text.toString());
  }

  /** Returns which passage quote {@code i} of {@code n} takes: one of the last tenth of the text. */
  private static int nearTheEnd(int i, int n) {
    int lastTenth = Math.max(1, n / 10);
    return n - 1 - i % lastTenth;
  }

  /** Returns the anchor of passage {@code p} of a long text, offsets computed, not searched. */
  private static TextAnchor passageAnchor(int p) {
    String exact = passage(p).strip();
    int start = p * PASSAGE_CODE_POINTS;
    return TextAnchor.builder().exact(exact).start(start).end(start + exact.codePointCount(0, exact.length()))
        .build();
  }
}
