package io.github.geoclaims.jackson;

import io.github.geoclaims.model.Actor;
import io.github.geoclaims.model.ActorKind;
import io.github.geoclaims.model.AdmiraltyRating;
import io.github.geoclaims.model.Attribution;
import io.github.geoclaims.model.AttributionMode;
import io.github.geoclaims.model.Citation;
import io.github.geoclaims.model.Claim;
import io.github.geoclaims.model.ClaimDocument;
import io.github.geoclaims.model.ClaimRelation;
import io.github.geoclaims.model.EventKind;
import io.github.geoclaims.model.Evidence;
import io.github.geoclaims.model.Modality;
import io.github.geoclaims.model.Participant;
import io.github.geoclaims.model.ParticipantRole;
import io.github.geoclaims.model.Quantity;
import io.github.geoclaims.model.RelationKind;
import io.github.geoclaims.model.Role;
import io.github.geoclaims.model.Source;
import io.github.geoclaims.model.SourceKind;
import io.github.geoclaims.model.Stance;
import io.github.geoclaims.model.TextAnchor;
import io.github.geoclaims.model.TimePoint;
import io.github.geoclaims.model.TimeSpec;
import io.github.geoclaims.model.VerificationAssessment;
import io.github.geoclaims.model.VerificationStatus;
import java.math.BigDecimal;
import java.util.List;
import java.util.Random;
import java.util.function.Function;

/**
 * Random valid documents, for the schema and streaming tests: every optional property is set or not at random,
 * vocabularies draw standard and x- values, time points every precision, decimals any scale and sign.
 */
final class RandomDocuments {

  static final String TEXT = "The ministry said 40 trucks crossed on Monday. Officials in the capital denied it,"
      + " citing satellite images — „keine Lieferung“ — and a leaked memo ☃.";

  private static final String[] QUOTES = {"The ministry said", "40 trucks crossed on Monday", "denied it",
      "satellite images", "„keine Lieferung“", "a leaked memo ☃"};

  private RandomDocuments() {}

  static ClaimDocument document(Random r, int n) {
    ClaimDocument.Builder d = ClaimDocument.builder().id("doc-" + n);
    maybe(r, () -> d.title("Random document " + n));
    maybe(r, () -> d.description("Generated with seed " + n + " — üñí"));
    int actors = 2 + r.nextInt(3);
    for (int i = 0; i < actors; i++) {
      d.addActor(actor(r, i));
    }
    if (r.nextBoolean()) {
      d.addActor(Actor.builder().id("group").kind(ActorKind.GROUP).name("A coalition").addMember("actor-0")
          .addMember("actor-1").memberCount(2 + r.nextInt(50)).build());
    }
    int sources = 1 + r.nextInt(2);
    for (int i = 0; i < sources; i++) {
      d.addSource(source(r, i, sources));
    }
    int claims = r.nextInt(5);
    for (int i = 0; i < claims; i++) {
      d.addClaim(claim(r, n, i, actors, sources));
    }
    if (claims >= 2) {
      d.addRelation(ClaimRelation.builder().from("claim-1").kind(pick(r, RelationKind.standardValues(),
          RelationKind::of, "x-follows")).to("claim-0").build());
      if (r.nextBoolean()) {
        d.addRelation(ClaimRelation.builder().from("claim-0").kind(RelationKind.CONTRADICTS).to("elsewhere")
            .targetDocument("other-doc").note("Across documents.").build());
      }
    }
    maybe(r, () -> d.putExtension("x-run", "{\"seed\":" + n + ",\"ok\":true,\"tags\":[\"a\",null,1.50]}"));
    return d.build();
  }

  private static Actor actor(Random r, int i) {
    Actor.Builder a = Actor.builder().id("actor-" + i)
        .kind(pick(r, ActorKind.standardValues().subList(0, 6), ActorKind::of, "x-militia"))
        .name("Actor " + i);
    maybe(r, () -> a.addAlias("Alias " + i).addAlias("Другой " + i));
    maybe(r, () -> a.countryCode(r.nextBoolean() ? "KP" : "XK"));
    maybe(r, () -> a.wikidataId("Q" + (1 + r.nextInt(100000))));
    maybe(r, () -> a.addRole(Role.builder().title("Spokesperson").former(r.nextBoolean())
        .organisation("actor-0").build()));
    maybe(r, () -> a.description("Described."));
    maybe(r, () -> a.identityCaveat("Not named."));
    maybe(r, () -> a.putExtension("x-rank", Integer.toString(r.nextInt(10))));
    return a.build();
  }

  private static Source source(Random r, int i, int count) {
    Source.Builder s = Source.builder().id("source-" + i)
        .kind(pick(r, SourceKind.standardValues(), SourceKind::of, "x-telegram-channel"))
        .text(TEXT).publishedAt(TimePoint.parse("2024-03-0" + (4 + r.nextInt(5))));
    maybe(r, () -> s.title("Title " + i));
    maybe(r, () -> s.url("https://example.org/" + i + "?q=1#f"));
    maybe(r, () -> s.publisher("actor-0"));
    maybe(r, () -> s.addAuthor("actor-1"));
    maybe(r, () -> s.language(r.nextBoolean() ? "en" : "pt-BR"));
    maybe(r, () -> s.retrievedAt(time(r)));
    maybe(r, () -> s.description("A source."));
    if (count > 1 && i > 0) {
      maybe(r, () -> s.attachedTo("source-0"));
    }
    maybe(r, () -> s.addCitation(Citation.builder().marker("[" + i + "]").title("Memo")
        .url("http://example.com/memo").accessedAt(time(r)).source("source-0")
        .anchor(TextAnchor.locate(TEXT, QUOTES[r.nextInt(QUOTES.length)])).note("Cited.").build()));
    maybe(r, () -> s.putExtension("x-paywall", Boolean.toString(r.nextBoolean())));
    return s.build();
  }

  private static Claim claim(Random r, int n, int i, int actors, int sources) {
    Claim.Builder c = Claim.builder().id("claim-" + i).proposition("Proposition " + i + " of " + n + ".")
        .eventKind(pick(r, EventKind.standardValues(), EventKind::of, "x-drone-strike"));
    int participants = r.nextInt(3);
    for (int p = 0; p < participants; p++) {
      c.addParticipant(Participant.of("actor-" + r.nextInt(actors),
          pick(r, ParticipantRole.standardValues(), ParticipantRole::of, "x-broker")));
    }
    maybe(r, () -> c.time(timeSpec(r)));
    maybe(r, () -> c.location("Near the border"));
    int quantities = r.nextInt(3);
    for (int q = 0; q < quantities; q++) {
      c.addQuantity(quantity(r));
    }
    int attributions = 1 + r.nextInt(2);
    for (int a = 0; a < attributions; a++) {
      Attribution.Builder b = Attribution.builder().id("att-" + i + "-" + a).claimant("actor-" + r.nextInt(actors))
          .source("source-" + r.nextInt(sources))
          .mode(pick(r, AttributionMode.standardValues(), AttributionMode::of, "x-leak"))
          .stance(pick(r, Stance.standardValues(), Stance::of, "x-hints"))
          .modality(pick(r, Modality.standardValues(), Modality::of, "x-estimated"));
      maybe(r, () -> b.addHedge("reportedly"));
      maybe(r, () -> b.statedAt(TimeSpec.at(TimePoint.parse(r.nextBoolean() ? "2024" : "2024-03-01T08:00:00Z"))));
      maybe(r, () -> b.quote(TextAnchor.locate(TEXT, QUOTES[r.nextInt(QUOTES.length)])));
      if (a > 0) {
        maybe(r, () -> b.relayedFrom("att-" + i + "-0"));
      }
      maybe(r, () -> b.note("Note."));
      maybe(r, () -> b.putExtension("x-weight", "0.5"));
      c.addAttribution(b.build());
    }
    if (r.nextBoolean()) {
      VerificationAssessment.Builder v = VerificationAssessment.builder()
          .status(pick(r, List.of(VerificationStatus.UNVERIFIED, VerificationStatus.DISPUTED,
              VerificationStatus.CONFIRMED, VerificationStatus.REFUTED), VerificationStatus::of, "x-pending"))
          .rationale("Because.")
          .addEvidence(Evidence.builder().description("Imagery").build());
      maybe(r, () -> v.assessor("actor-0"));
      maybe(r, () -> v.assessedAt(time(r)));
      maybe(r, () -> v.addEvidence(Evidence.builder().description("A memo").source("source-0").build()));
      maybe(r, () -> v.confidence(r.nextInt(101) / 100.0));
      maybe(r, () -> v.admiraltyRating(AdmiraltyRating.of(String.valueOf((char) ('A' + r.nextInt(6))),
          1 + r.nextInt(6))));
      c.addAssessment(v.build());
    }
    maybe(r, () -> c.note("A claim."));
    maybe(r, () -> c.putExtension("x-priority", Integer.toString(r.nextInt(5))));
    return c.build();
  }

  private static Quantity quantity(Random r) {
    Quantity.Builder q = Quantity.builder().unit(r.nextBoolean() ? "trucks" : "tonnes");
    switch (r.nextInt(4)) {
      case 0:
        q.value(decimal(r));
        break;
      case 1:
        q.minimum(new BigDecimal("-1.5")).maximum(new BigDecimal("12345678901234567890.1230"));
        break;
      case 2:
        q.exclusiveMinimum(decimal(r).abs().negate());
        break;
      default:
        q.exclusiveMaximum(decimal(r));
    }
    maybe(r, () -> q.approximate(true));
    maybe(r, () -> q.text("about that many"));
    return q.build();
  }

  private static BigDecimal decimal(Random r) {
    return BigDecimal.valueOf(r.nextLong() % 1_000_000_000L, r.nextInt(12));
  }

  private static TimeSpec timeSpec(Random r) {
    switch (r.nextInt(3)) {
      case 0:
        return TimeSpec.at(time(r));
      case 1:
        return TimeSpec.builder().start(TimePoint.parse("2023-01")).end(TimePoint.parse("2023-12-31"))
            .expression("during 2023").build();
      default:
        return TimeSpec.builder().expression("recently").build();
    }
  }

  private static TimePoint time(Random r) {
    String[] forms = {"2021", "2022-07", "2023-02-28", "2024-01-09T14:30:00Z", "2024-01-09T14:30:00+05:30",
        "2024-01-09T23:59:59.123-08:00"};
    return TimePoint.parse(forms[r.nextInt(forms.length)]);
  }

  private static <T> T pick(Random r, List<T> standard, Function<String, T> of, String extension) {
    return r.nextInt(5) == 0 ? of.apply(extension) : standard.get(r.nextInt(standard.size()));
  }

  private static void maybe(Random r, Runnable action) {
    if (r.nextBoolean()) {
      action.run();
    }
  }
}
