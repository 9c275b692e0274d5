package io.github.geoclaims.examples.cli;

import io.github.geoclaims.corpus.ClaimCorpus;
import io.github.geoclaims.model.Actor;
import io.github.geoclaims.model.Attribution;
import io.github.geoclaims.model.Claim;
import io.github.geoclaims.model.ClaimDocument;
import io.github.geoclaims.model.ClaimRelation;
import io.github.geoclaims.model.Participant;
import io.github.geoclaims.model.Quantity;
import io.github.geoclaims.model.Source;
import io.github.geoclaims.model.Term;
import io.github.geoclaims.model.TimeSpec;
import io.github.geoclaims.model.VerificationStatus;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Renders documents as a readable report: per document, its main source (the first), its claims with what they
 * are about, who claims each and through whom, stance, mode, modality, hedges and verification status, and the
 * links between claims, within the document and to the other documents; then totals.
 *
 * <pre>{@code
 * [1] nk-shipped-containers (arms-transfer, "recently")
 *     North Korea shipped more than 1,000 containers of munitions to Russia.
 *     about: North Korea (agent), Russia (recipient)
 *     quantities: more than 1000 containers ("more than a thousand")
 *     status: unverified | independent origins: 1
 *     - White House asserts (reported-speech, reported)
 *         relayed from RIA News (origin)
 *     - author/publisher of the article asserts (authorial, restatement, asserted)
 *     - Russia dismisses (paraphrase, reported)
 *     link: contradicts <- moscow-denies
 * }</pre>
 *
 * <p>The output depends only on the documents, so it can be compared in tests.
 */
final class SummaryReport {

  private static final int RULE_WIDTH = 100;

  private final List<ClaimDocument> documents;
  private final ClaimCorpus corpus;
  private final Map<String, List<String>> documentsByClaimId = new LinkedHashMap<>();

  SummaryReport(List<ClaimDocument> documents, ClaimCorpus corpus) {
    this.documents = List.copyOf(documents);
    this.corpus = corpus;
    for (ClaimDocument document : documents) {
      for (Claim claim : document.getClaims()) {
        documentsByClaimId.computeIfAbsent(claim.getId(), id -> new ArrayList<>()).add(document.getId());
      }
    }
  }

  /** Writes the report. */
  void print(PrintWriter out) {
    for (ClaimDocument document : documents) {
      printDocument(out, document);
    }
    printTotals(out);
    out.flush();
  }

  private void printDocument(PrintWriter out, ClaimDocument document) {
    Optional<Source> main = document.getSources().stream().findFirst();
    String title = main.flatMap(Source::getTitle).or(document::getTitle).orElse(document.getId());
    String rule = "=".repeat(Math.min(RULE_WIDTH, title.length() + 3));
    out.println(rule);
    out.println("== " + title);
    out.println(rule);
    out.println("document " + document.getId());
    main.ifPresent(source -> out.println(describeSource(document, source)));
    out.println(String.join(", ", count(document.getClaims().size(), "claim"),
        count(attributionCount(document), "attribution"), count(document.getActors().size(), "actor"),
        count(document.getSources().size(), "source"), count(document.getRelations().size(), "relation")));
    int number = 1;
    for (Claim claim : document.getClaims()) {
      out.println();
      printClaim(out, document, main, claim, number++);
    }
    out.println();
  }

  private static String describeSource(ClaimDocument document, Source source) {
    List<String> parts = new ArrayList<>();
    parts.add(source.getKind().value());
    source.getPublisher().map(id -> actorName(document, id)).ifPresent(name -> parts.add("published by " + name));
    if (!source.getAuthors().isEmpty()) {
      parts.add("by " + source.getAuthors().stream().map(id -> actorName(document, id))
          .collect(Collectors.joining(", ")));
    }
    parts.add(source.getPublishedAt().map(date -> "published " + date).orElse("publication date not stated"));
    source.getLanguage().ifPresent(language -> parts.add("language " + language));
    source.getUrl().ifPresent(parts::add);
    return "source: " + String.join(" | ", parts);
  }

  private void printClaim(PrintWriter out, ClaimDocument document, Optional<Source> main, Claim claim,
      int number) {
    String when = claim.getTime().map(SummaryReport::describeTime).map(time -> ", " + time).orElse("");
    out.printf("[%d] %s (%s%s)%n", number, claim.getId(), claim.getEventKind().value(), when);
    out.println("    " + claim.getProposition());
    if (!claim.getParticipants().isEmpty()) {
      out.println("    about: " + claim.getParticipants().stream()
          .map(participant -> describeParticipant(document, participant)).collect(Collectors.joining(", ")));
    }
    claim.getLocation().ifPresent(location -> out.println("    where: " + location));
    if (!claim.getQuantities().isEmpty()) {
      out.println("    quantities: " + claim.getQuantities().stream().map(SummaryReport::describeQuantity)
          .collect(Collectors.joining("; ")));
    }
    out.println("    status: " + claim.currentStatus().map(VerificationStatus::value).orElse("not assessed")
        + " | independent origins: " + claim.independentOrigins().size() + acrossTheCorpus(claim));
    for (Attribution attribution : claim.getAttributions()) {
      String where = main.map(Source::getId).filter(attribution.getSource()::equals).isPresent()
          ? ""
          : " in " + sourceName(document, attribution.getSource());
      out.printf("    - %s %s (%s%s, %s)%s%s%n", claimant(document, attribution.getClaimant()),
          attribution.getStance().value(), attribution.getMode().value(),
          attribution.getBasis().map(basis -> ", " + basis.value()).orElse(""), attribution.getModality().value(),
          where, hedges(attribution));
      List<Attribution> chain = claim.chainOf(attribution);
      if (chain.size() > 1) {
        out.println("        relayed from " + chain.stream().skip(1)
            .map(link -> claimant(document, link.getClaimant())).collect(Collectors.joining(", which relays "))
            + (claim.backingOrigin(attribution).isPresent() ? " (origin)" : ""));
      }
    }
    for (String link : links(document, claim)) {
      out.println("    link: " + link);
    }
  }

  /** For a claim that appears in several documents: its independent origins across all of them. */
  private String acrossTheCorpus(Claim claim) {
    long appearances = documentsByClaimId.getOrDefault(claim.getId(), List.of()).size();
    return appearances < 2 ? "" : " (across the " + appearances + " documents with this claim: "
        + corpus.independentOrigins(claim.getId()).size() + "; geoclaims trace " + claim.getId() + ")";
  }

  private static String describeParticipant(ClaimDocument document, Participant participant) {
    return actorName(document, participant.getActor()) + " (" + participant.getRole().value() + ")";
  }

  private static String describeQuantity(Quantity quantity) {
    List<String> bounds = new ArrayList<>();
    quantity.getValue().ifPresent(value -> bounds.add((quantity.isApproximate() ? "about " : "") + plain(value)));
    quantity.getMinimum().ifPresent(value -> bounds.add("at least " + plain(value)));
    quantity.getExclusiveMinimum().ifPresent(value -> bounds.add("more than " + plain(value)));
    quantity.getMaximum().ifPresent(value -> bounds.add("at most " + plain(value)));
    quantity.getExclusiveMaximum().ifPresent(value -> bounds.add("fewer than " + plain(value)));
    String approximately = quantity.isApproximate() && quantity.getValue().isEmpty() ? "approximately " : "";
    return approximately + String.join(" and ", bounds) + " " + quantity.getUnit()
        + quantity.getText().map(text -> " (\"" + text + "\")").orElse("");
  }

  private static String plain(BigDecimal value) {
    return value.toPlainString();
  }

  private static String hedges(Attribution attribution) {
    return attribution.getHedges().isEmpty()
        ? ""
        : " hedged: " + attribution.getHedges().stream().map(h -> "\"" + h + "\"").collect(Collectors.joining(", "));
  }

  private List<String> links(ClaimDocument document, Claim claim) {
    List<String> links = new ArrayList<>();
    for (ClaimRelation relation : document.getRelations()) {
      Optional<String> targetDocument = relation.getTargetDocument().filter(id -> !id.equals(document.getId()));
      String target = targetDocument.map(id -> id + "/").orElse("") + relation.getTo();
      if (relation.getFrom().equals(claim.getId())) {
        links.add(relation.getKind().value() + " -> " + target);
      } else if (relation.getTo().equals(claim.getId()) && targetDocument.isEmpty()) {
        links.add(relation.getKind().value() + " <- " + relation.getFrom());
      }
    }
    for (ClaimDocument other : documents) {
      if (other.getId().equals(document.getId())) {
        continue;
      }
      for (ClaimRelation relation : other.getRelations()) {
        if (relation.getTargetDocument().filter(document.getId()::equals).isPresent()
            && relation.getTo().equals(claim.getId())) {
          links.add(relation.getKind().value() + " <- " + other.getId() + "/" + relation.getFrom());
        }
      }
    }
    for (String other : documentsByClaimId.getOrDefault(claim.getId(), List.of())) {
      if (!other.equals(document.getId())) {
        links.add("same claim id in " + other);
      }
    }
    return links;
  }

  private void printTotals(PrintWriter out) {
    long crossDocumentClaims = documentsByClaimId.values().stream().filter(docs -> docs.size() > 1).count();
    long crossDocumentRelations = documents.stream()
        .flatMap(d -> d.getRelations().stream()
            .filter(relation -> relation.getTargetDocument().filter(id -> !id.equals(d.getId())).isPresent()))
        .count();
    out.println("Totals");
    out.printf("  documents: %d%n", documents.size());
    out.printf("  sources: %d%n", documents.stream().mapToInt(d -> d.getSources().size()).sum());
    out.printf("  actors: %d%n", documents.stream().mapToInt(d -> d.getActors().size()).sum());
    out.printf("  claims: %d%n", documents.stream().mapToInt(d -> d.getClaims().size()).sum());
    out.printf("  attributions: %d%n", documents.stream().mapToInt(SummaryReport::attributionCount).sum());
    out.printf("  relations: %d (%d across documents)%n",
        documents.stream().mapToInt(d -> d.getRelations().size()).sum(), crossDocumentRelations);
    out.printf("  claims shared across documents: %d%n", crossDocumentClaims);
    out.printf("  problems across documents: %d%n", corpus.problems().size());
    out.println("  verification: " + counts(claims().map(c -> c.currentStatus().map(VerificationStatus::value)
        .orElse("not assessed"))));
    out.println("  stances: " + counts(attributions().map(Attribution::getStance).map(Term::value)));
    out.println("  modalities: " + counts(attributions().map(Attribution::getModality).map(Term::value)));
  }

  private Stream<Claim> claims() {
    return documents.stream().flatMap(d -> d.getClaims().stream());
  }

  private Stream<Attribution> attributions() {
    return claims().flatMap(c -> c.getAttributions().stream());
  }

  /** Returns {@code value count} pairs, most frequent first, then alphabetical; {@code none} when empty. */
  private static String counts(Stream<String> values) {
    Map<String, Long> counts = values.collect(Collectors.groupingBy(Function.identity(), TreeMap::new,
        Collectors.counting()));
    if (counts.isEmpty()) {
      return "none";
    }
    return counts.entrySet().stream()
        .sorted(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
        .map(e -> e.getKey() + " " + e.getValue()).collect(Collectors.joining(", "));
  }

  private static String count(int n, String noun) {
    return n + " " + noun + (n == 1 ? "" : "s");
  }

  private static int attributionCount(ClaimDocument document) {
    return document.getClaims().stream().mapToInt(claim -> claim.getAttributions().size()).sum();
  }

  private static String actorName(ClaimDocument document, String actorId) {
    return document.findActor(actorId).map(Actor::getName).orElse(actorId);
  }

  /** Returns the claimant's name, marked when the text gives no way to check who it is. */
  private static String claimant(ClaimDocument document, String actorId) {
    Optional<Actor> actor = document.findActor(actorId);
    return actor.map(Actor::getName).orElse(actorId)
        + (actor.filter(Actor::hasUncheckableIdentity).isPresent() ? " [identity uncheckable]" : "");
  }

  private static String sourceName(ClaimDocument document, String sourceId) {
    return document.findSource(sourceId)
        .map(source -> source.getTitle().or(source::getDescription).map(name -> "\"" + name + "\"")
            .orElse(source.getKind().value() + " " + source.getId()))
        .orElse(sourceId);
  }

  private static String describeTime(TimeSpec time) {
    List<String> parts = new ArrayList<>();
    time.getAt().ifPresent(at -> parts.add(at.toString()));
    if (time.getStart().isPresent() || time.getEnd().isPresent()) {
      parts.add(time.getStart().map(Object::toString).orElse("..") + "/"
          + time.getEnd().map(Object::toString).orElse(".."));
    }
    time.getExpression().ifPresent(expression -> parts.add("\"" + expression + "\""));
    return String.join(" ", parts);
  }
}
