package io.github.geoclaims.testing;

import io.github.geoclaims.model.Actor;
import io.github.geoclaims.model.ActorKind;
import io.github.geoclaims.model.AdmiraltyRating;
import io.github.geoclaims.model.Attribution;
import io.github.geoclaims.model.AttributionBasis;
import io.github.geoclaims.model.AttributionMode;
import io.github.geoclaims.model.Citation;
import io.github.geoclaims.model.Claim;
import io.github.geoclaims.model.ClaimDocument;
import io.github.geoclaims.model.ClaimRelation;
import io.github.geoclaims.model.Communication;
import io.github.geoclaims.model.CommunicationKind;
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
import io.github.geoclaims.model.TimePoint;
import io.github.geoclaims.model.VerificationAssessment;
import io.github.geoclaims.model.VerificationStatus;
import java.math.BigDecimal;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * One valid document in the making. Actors come first (their identifiers before anything else, so that roles and
 * groups may name any of them), then sources, claims and relations; each part refers only to parts that exist, and
 * is drawn so that it keeps every rule of the model:
 *
 * <ul>
 *   <li>identifiers are unique, and every reference resolves;
 *   <li>quotes and citation anchors are cut out of their source's text by code-point offsets, after a character
 *       outside the Basic Multilingual Plane;
 *   <li>an attribution relays only an earlier attribution of its claim, and a directed relation runs only from a
 *       later claim to an earlier one, so that neither can close a cycle;
 *   <li>statements are dated before their source's publication; intervals do not end before they start;
 *   <li>only groups and unnamed collectives have members, never fewer than they list;
 *   <li>quantities give a value or ordered bounds; verdicts name evidence; {@code corroborated} is said only of a
 *       claim whose affirming attributions trace back to two independent origins.
 * </ul>
 */
final class DocumentDraft {

  /** A state with its ISO 3166-1 code, Wikidata item, demonym and other names. */
  private record State(String name, String code, String wikidataId, String adjective, List<String> aliases) {}

  private static final List<State> STATES = List.of(
      new State("North Korea", "KP", "Q423", "North Korean", List.of("Pyongyang", "DPRK")),
      new State("Russia", "RU", "Q159", "Russian", List.of("Moscow", "the Russian Federation")),
      new State("United States", "US", "Q30", "American", List.of("Washington")),
      new State("South Korea", "KR", "Q884", "South Korean", List.of("Seoul")),
      new State("Ukraine", "UA", "Q212", "Ukrainian", List.of("Kyiv")),
      new State("China", "CN", "Q148", "Chinese", List.of("Beijing", "the PRC")),
      new State("Kosovo", "XK", "Q1246", "Kosovar", List.of("Prishtina")),
      new State("Türkiye", "TR", "Q43", "Turkish", List.of("Ankara", "Turkey")));

  private static final List<String> BODIES = List.of("Ministry of Foreign Affairs", "Ministry of Defence",
      "National Security Council", "General Staff", "Customs Service");

  private static final List<String> OUTLETS = List.of("Global Wire", "The Daily Observer", "RIA News",
      "Le Courrier", "Defence Weekly");

  private static final List<String> FIRST_NAMES = List.of("John", "Maria", "Sergei", "Kim", "Olena", "José", "Zoë",
      "Ji-won", "Mehmet", "Anna");

  private static final List<String> LAST_NAMES = List.of("Kirby", "Lavrov", "Park", "Kovalenko", "García", "Müller",
      "Yılmaz", "O'Brien", "Novák", "Sato");

  private static final List<String> ROLE_TITLES = List.of("spokesperson", "minister", "press secretary",
      "ambassador", "correspondent", "analyst");

  private static final List<String> UNITS = List.of("containers", "artillery shells", "rounds", "missiles",
      "rail cars", "tonnes", "soldiers");

  private static final List<String> VERBS = List.of("shipped", "delivered", "transferred", "supplied", "sent");

  private static final List<String> PLACES = List.of("Rajin port", "Vladivostok", "the Khasan border crossing",
      "Nampo", "Tumangang station");

  private static final List<String> HEDGES = List.of("reportedly", "allegedly", "according to officials",
      "possibly", "about", "if accurate");

  private static final List<String> LANGUAGES = List.of("en", "en", "de", "ko", "ru", "pt-BR", "zh-Hant-TW");

  /** Kinds of actor, each with its weight. */
  private static final List<ActorKind> ACTOR_KINDS = weighted(List.of(ActorKind.PERSON, ActorKind.STATE,
      ActorKind.GOVERNMENT_BODY, ActorKind.MEDIA_OUTLET, ActorKind.GROUP, ActorKind.UNNAMED,
      ActorKind.INTERNATIONAL_ORGANISATION, ActorKind.ORGANISATION, ActorKind.of("x-militia")),
      6, 3, 3, 2, 2, 2, 1, 1, 1);

  /** The relation kinds that may form cycles; every other kind is drawn from a later claim to an earlier one. */
  private static final Set<RelationKind> SYMMETRIC = Set.of(RelationKind.CONTRADICTS, RelationKind.DENIES,
      RelationKind.SAME_PROPOSITION);

  // the standard values of each vocabulary, copied once: standardValues() copies them on every call
  private static final List<SourceKind> SOURCE_KINDS = SourceKind.standardValues();
  private static final List<EventKind> EVENT_KINDS = EventKind.standardValues();
  private static final List<ParticipantRole> PARTICIPANT_ROLES = ParticipantRole.standardValues();
  private static final List<AttributionMode> MODES = AttributionMode.standardValues();
  private static final List<Stance> STANCES = Stance.standardValues();
  private static final List<CommunicationKind> COMMUNICATION_KINDS = CommunicationKind.standardValues();
  private static final List<AttributionBasis> BASES = AttributionBasis.standardValues();
  private static final List<AttributionBasis> OWN_BASES =
      BASES.stream().filter(AttributionBasis::isOwn).collect(Collectors.toList());
  private static final List<Modality> MODALITIES = Modality.standardValues();
  private static final List<RelationKind> RELATION_KINDS = RelationKind.standardValues();
  private static final List<VerificationStatus> STATUSES = VerificationStatus.standardValues();
  private static final List<VerificationStatus> STATUSES_WITHOUT_CORROBORATION = STATUSES.stream()
      .filter(status -> !status.equals(VerificationStatus.CORROBORATED)).toList();

  private final DocumentShape shape;
  private final Choices choices;
  private final Prose prose;
  private final Times times;
  private final ExtensionProperties extensionProperties;
  private final String separator;
  private final Set<String> usedIds = new HashSet<>();

  private final List<String> actorIds = new ArrayList<>();
  private final List<String> actorNames = new ArrayList<>();
  private final List<ActorKind> actorKinds = new ArrayList<>();
  /** The state each actor is, or {@code null} for an actor that is not a state. */
  private final List<State> actorStates = new ArrayList<>();
  private final List<Source> sources = new ArrayList<>();
  private final List<Communication> communications = new ArrayList<>();

  DocumentDraft(DocumentShape shape, Choices choices, Times times) {
    this.shape = shape;
    this.choices = choices;
    this.prose = new Prose(choices);
    this.times = times;
    this.extensionProperties = new ExtensionProperties(choices);
    this.separator = choices.pick(List.of("-", "-", "_", ".", ":"));
  }

  ClaimDocument build() {
    ClaimDocument.Builder document = ClaimDocument.builder().id("generated" + separator + shape.claims());
    if (!choices.oneIn(4)) {
      document.title("Generated document with " + shape.claims() + " claims");
    }
    if (choices.coin()) {
      document.description("Synthetic claims about arms transfers — generated for tests — üñí ☃");
    }
    nameActors();
    for (int i = 0; i < shape.actors(); i++) {
      document.addActor(actor(i));
    }
    for (int i = 0; i < shape.sources(); i++) {
      sources.add(source(i));
    }
    document.addAllSources(sources);
    for (int i = 0; i < shape.sources(); i++) {
      communications.add(communication(i));
    }
    document.addAllCommunications(communications);
    List<String> claimIds = new ArrayList<>(shape.claims());
    for (int i = 0; i < shape.claims(); i++) {
      Claim claim = claim(i);
      claimIds.add(claim.getId());
      document.addClaim(claim);
    }
    for (int i = 0; i < shape.relations(); i++) {
      document.addRelation(relation(claimIds));
    }
    if (shape.extensionProperties() && choices.coin()) {
      document.putAllExtensions(extensionProperties.some());
    }
    return document.build();
  }

  // ---------------------------------------------------------------------------------------------------- actors

  /** Draws every actor's kind, name and identifier, so that any actor may refer to any other. */
  private void nameActors() {
    for (int i = 0; i < shape.actors(); i++) {
      ActorKind kind = choices.pick(ACTOR_KINDS);
      State state = choices.pick(STATES);
      String name = switch (kind.value()) {
        case "state" -> state.name();
        case "government-body" -> state.adjective() + " " + choices.pick(BODIES);
        case "media-outlet" -> choices.pick(OUTLETS);
        case "person" -> choices.pick(FIRST_NAMES) + " " + choices.pick(LAST_NAMES);
        case "group" -> "Signatories of joint statement " + (i + 1);
        case "unnamed" -> state.adjective() + " officials";
        case "international-organisation" -> choices.coin() ? "United Nations Security Council" : "NATO";
        case "organisation" -> "Institute for Strategic Studies";
        default -> state.adjective() + " volunteer battalion";
      };
      actorKinds.add(kind);
      actorStates.add(kind.equals(ActorKind.STATE) ? state : null);
      actorNames.add(name);
      actorIds.add(unique(slug(name)));
    }
  }

  private Actor actor(int index) {
    ActorKind kind = actorKinds.get(index);
    Actor.Builder actor = Actor.builder().id(actorIds.get(index)).kind(kind).name(actorNames.get(index));
    State state = actorStates.get(index);
    if (state != null) {
      if (choices.coin()) {
        actor.addAllAliases(state.aliases());
      }
      if (!choices.oneIn(4)) {
        actor.countryCode(state.code());
      }
      if (choices.coin()) {
        actor.wikidataId(state.wikidataId());
      }
    } else if (choices.oneIn(3)) {
      actor.countryCode(choices.pick(STATES).code());
    }
    if (kind.equals(ActorKind.PERSON) && choices.coin()) {
      int roles = choices.between(1, 2);
      for (int r = 0; r < roles; r++) {
        Role.Builder role = Role.builder().title(choices.pick(ROLE_TITLES)).former(r > 0 || choices.oneIn(5));
        if (choices.coin()) {
          role.organisation(choices.pick(actorIds));
        }
        actor.addRole(role.build());
      }
      if (choices.oneIn(6)) {
        actor.addAlias(actorNames.get(index).substring(actorNames.get(index).indexOf(' ') + 1));
      }
    }
    if (kind.equals(ActorKind.GROUP) || kind.equals(ActorKind.UNNAMED)) {
      members(index, actor);
    }
    if (kind.equals(ActorKind.UNNAMED) || choices.oneIn(12)) {
      actor.identityCaveat("The text does not name them or their agency.");
    }
    if (choices.oneIn(4)) {
      actor.description("Named in the generated texts as " + actorNames.get(index) + ".");
    }
    if (shape.extensionProperties() && choices.oneIn(6)) {
      actor.putAllExtensions(extensionProperties.some());
    }
    return actor.build();
  }

  /** Lists some other actors as members of a collective, and sometimes how many members it has in all. */
  private void members(int index, Actor.Builder actor) {
    Set<String> members = new LinkedHashSet<>();
    if (choices.coin()) {
      int wanted = choices.between(1, Math.min(6, shape.actors()));
      for (int m = 0; m < wanted; m++) {
        String member = choices.pick(actorIds);
        if (!member.equals(actorIds.get(index))) {
          members.add(member);
        }
      }
    }
    actor.addAllMembers(members);
    if (members.isEmpty() || choices.coin()) {
      actor.memberCount(members.size() + choices.between(members.isEmpty() ? 1 : 0, 45));
    }
  }

  // ---------------------------------------------------------------------------------------------- communications

  /** A communication, issued by any actor or by nobody named, published in any source or in none. */
  private Communication communication(int index) {
    Communication.Builder communication = Communication.builder()
        .id(unique("communication" + separator + (index + 1)))
        .kind(choices.term(COMMUNICATION_KINDS, CommunicationKind::of, "x-press-release"));
    if (!choices.oneIn(4)) {
      communication.issuer(choices.pick(actorIds));
    }
    if (choices.coin()) {
      communication.issuedAt(times.statement(Optional.empty()));
    }
    if (choices.coin()) {
      communication.publishedIn(choices.pick(sources).getId());
    }
    if (choices.oneIn(3)) {
      communication.description("A statement on the transfers — as the text reports it, 🚀 included.");
    }
    if (shape.extensionProperties() && choices.oneIn(8)) {
      communication.putAllExtensions(extensionProperties.some());
    }
    return communication.build();
  }

  /** A global reference to something of another document, which a document's own validation leaves to a corpus. */
  private String elsewhere(String localId) {
    return "elsewhere" + separator + choices.between(1, 3) + "/" + localId;
  }

  // ---------------------------------------------------------------------------------------------------- sources

  private Source source(int index) {
    State from = choices.pick(STATES);
    State to = choices.pick(STATES);
    String title = from.name() + " " + choices.pick(VERBS) + " " + choices.pick(UNITS) + " to " + to.name()
        + ", officials say";
    String titleSlug = slug(title);
    String id = "source" + separator + (index + 1) + separator
        + titleSlug.substring(0, Math.min(40, titleSlug.length())).replaceAll("-+$", "");
    Source.Builder source = Source.builder().id(unique(id))
        .kind(choices.term(SOURCE_KINDS, SourceKind::of, "x-telegram-channel"));
    boolean storesText = index % 8 != 7;
    String text = storesText ? prose.text(shape.sourceTextLength()) : null;
    if (!choices.oneIn(4)) {
      source.title(title);
    }
    if (!choices.oneIn(4)) {
      source.url((choices.oneIn(5) ? "http" : "https") + "://news.example/" + (2020 + index % 6) + "/"
          + titleSlug + (choices.oneIn(4) ? "?page=2#top" : ""));
    }
    if (choices.coin()) {
      source.publisher(choices.pick(actorIds));
    }
    int authors = choices.below(3);
    Set<String> byline = new LinkedHashSet<>();
    for (int a = 0; a < authors; a++) {
      byline.add(choices.pick(actorIds));
    }
    source.addAllAuthors(byline);
    if (!choices.oneIn(4)) {
      source.language(choices.pick(LANGUAGES));
    }
    if (!choices.oneIn(4)) {
      TimePoint published = times.atPrecision(LocalDate.of(2023, 1, 1).plusDays(choices.below(730)));
      source.publishedAt(published);
      if (choices.coin()) {
        source.retrievedAt(times.after(published));
      }
    } else if (choices.oneIn(3)) {
      source.retrievedAt(times.any());
    }
    if (text != null) {
      source.text(text);
    }
    if (choices.oneIn(4)) {
      int citations = choices.between(1, 2);
      for (int c = 0; c < citations; c++) {
        source.addCitation(citation(c, text));
      }
    }
    if (index > 0 && choices.oneIn(8)) {
      source.attachedTo(sources.get(choices.below(index)).getId());
    }
    if (text == null) {
      source.description("Images released with the report, known only by this description.");
    } else if (choices.oneIn(4)) {
      source.description("The article's body without page furniture.");
    }
    if (shape.extensionProperties() && choices.oneIn(6)) {
      source.putAllExtensions(extensionProperties.some());
    }
    return source.build();
  }

  /** A footnote; its anchor, when the citing source stores its text, is a passage of that text. */
  private Citation citation(int index, String citingText) {
    Citation.Builder citation = Citation.builder();
    if (choices.coin()) {
      citation.marker("[" + "i".repeat(index + 1) + "]");
    }
    if (choices.coin()) {
      citation.title("Briefing " + (index + 1));
    }
    if (choices.coin()) {
      citation.url("https://briefings.example/" + (index + 1));
    }
    if (choices.coin()) {
      citation.accessedAt(times.any());
    }
    if (!sources.isEmpty() && choices.coin()) {
      citation.source(choices.pick(sources).getId());
    }
    if (citingText != null && choices.coin()) {
      citation.anchor(prose.passage(citingText, shape.sourceTextLength(), 12, 8));
    }
    if (choices.oneIn(3)) {
      citation.note("Title and address as printed.");
    }
    return citation.build();
  }

  // ---------------------------------------------------------------------------------------------------- claims

  private Claim claim(int index) {
    String id = unique("claim" + separator + (index + 1));
    int agent = choices.below(actorIds.size());
    int other = choices.below(actorIds.size());
    String unit = choices.pick(UNITS);
    Claim.Builder claim = Claim.builder().id(id)
        .proposition(actorNames.get(agent) + " " + choices.pick(VERBS) + " " + unit + " to "
            + actorNames.get(other) + ".")
        .eventKind(choices.term(EVENT_KINDS, EventKind::of, "x-drone-strike"));
    if (!choices.oneIn(6)) {
      claim.addParticipant(Participant.of(actorIds.get(agent), ParticipantRole.AGENT));
      if (other != agent) {
        claim.addParticipant(Participant.of(actorIds.get(other),
            choices.term(PARTICIPANT_ROLES, ParticipantRole::of, "x-broker")));
      }
    }
    if (!choices.oneIn(3)) {
      claim.time(times.event());
    }
    if (choices.oneIn(3)) {
      claim.location(choices.pick(PLACES));
    }
    int quantities = choices.coin() ? 0 : choices.between(1, 2);
    for (int q = 0; q < quantities; q++) {
      claim.addQuantity(quantity(q == 0 ? unit : choices.pick(UNITS)));
    }
    int max = shape.maxAttributionsPerClaim();
    int count = 1 + Math.min(choices.below(max), choices.below(max));
    boolean corroborated = count >= 2 && actorIds.size() >= 2 && choices.oneIn(4);
    Source home = choices.pick(sources);
    List<Attribution> attributions = new ArrayList<>(count);
    for (int a = 0; a < count; a++) {
      Source source = a == 0 || !choices.oneIn(3) ? home : choices.pick(sources);
      attributions.add(attribution(id + separator + "a" + (a + 1), source, attributions, corroborated && a < 2));
    }
    claim.attributions(attributions);
    if (choices.oneIn(10)) {
      claim.note("The figure differs between the sources.");
    }
    if (shape.extensionProperties() && choices.oneIn(6)) {
      claim.putAllExtensions(extensionProperties.some());
    }
    Claim drawn = claim.build();
    List<VerificationAssessment> assessments = new ArrayList<>();
    if (corroborated || choices.oneIn(4)) {
      boolean independentlySourced = drawn.independentOrigins().size() >= 2;
      int assessed = choices.between(1, 2);
      for (int v = 0; v < assessed; v++) {
        assessments.add(assessment(corroborated && v == assessed - 1, independentlySourced));
      }
    }
    return drawn.withAssessments(assessments);
  }

  private Quantity quantity(String unit) {
    long amount = (1 + choices.below(999)) * (choices.coin() ? 1L : 1_000L);
    Quantity.Builder quantity = Quantity.builder().unit(unit);
    switch (choices.below(6)) {
      case 0 -> quantity.value(BigDecimal.valueOf(amount)).approximate(choices.coin());
      case 1 -> quantity.exclusiveMinimum(BigDecimal.valueOf(amount))
          .text("more than " + String.format(Locale.ROOT, "%,d", amount));
      case 2 -> quantity.minimum(BigDecimal.valueOf(amount)).maximum(BigDecimal.valueOf(amount * 2))
          .text("between " + amount + " and " + amount * 2);
      case 3 -> quantity.exclusiveMaximum(BigDecimal.valueOf(amount)).text("fewer than " + amount);
      case 4 -> quantity.minimum(BigDecimal.valueOf(-amount, 2)).exclusiveMaximum(BigDecimal.valueOf(amount, 1));
      default -> quantity.value(BigDecimal.valueOf(choices.anyLong() % 1_000_000_000L, choices.below(12)))
          .approximate(true).text("about that many");
    }
    return quantity.build();
  }

  /**
   * An attribution of a claim in {@code source}, relaying one of the {@code earlier} attributions or none; one that
   * {@code originates} corroboration asserts, relays nothing and, for the second of the two, has a claimant other
   * than the first's.
   */
  private Attribution attribution(String id, Source source, List<Attribution> earlier, boolean originates) {
    String claimant = choices.pick(actorIds);
    if (originates && !earlier.isEmpty()) {
      while (claimant.equals(earlier.get(0).getClaimant())) {
        claimant = choices.pick(actorIds);
      }
    }
    AttributionMode mode = choices.term(MODES, AttributionMode::of, "x-leak");
    Attribution.Builder attribution = Attribution.builder().id(unique(id)).claimant(claimant).source(source.getId())
        .mode(mode)
        .stance(originates || choices.coin() ? Stance.ASSERTS
            : choices.term(STANCES, Stance::of, "x-hints"))
        .modality(choices.term(MODALITIES, Modality::of, "x-estimated"));
    int hedges = choices.coin() ? 0 : choices.between(1, 2);
    for (int h = 0; h < hedges; h++) {
      attribution.addHedge(choices.pick(HEDGES));
    }
    if (choices.coin()) {
      attribution.statedAt(times.statement(source.getPublishedAt()));
    }
    if (source.getText().isPresent() && !choices.oneIn(6)) {
      attribution.quote(prose.passage(source.getText().get(), shape.sourceTextLength(), 60, 12));
    }
    if (originates && mode.equals(AttributionMode.AUTHORIAL)) {
      attribution.basis(choices.pick(OWN_BASES));
    } else if (choices.oneIn(mode.equals(AttributionMode.AUTHORIAL) ? 2 : 10)) {
      attribution.basis(choices.term(BASES, AttributionBasis::of, "x-hearsay"));
    }
    if (!originates && !communications.isEmpty() && choices.oneIn(3)) {
      attribution.communication(choices.oneIn(8) ? elsewhere("statement") : choices.pick(communications).getId());
    }
    if (!originates && !earlier.isEmpty() && choices.oneIn(3)) {
      attribution.relayedFrom(choices.pick(earlier).getId());
    } else if (!originates && choices.oneIn(16)) {
      attribution.relayedFrom(elsewhere(id));
    }
    if (choices.oneIn(20)) {
      attribution.note("The attribution is indirect.");
    }
    if (shape.extensionProperties() && choices.oneIn(8)) {
      attribution.putAllExtensions(extensionProperties.some());
    }
    return attribution.build();
  }

  /**
   * An assessment: {@code corroborated} when asked for, otherwise any other status, or corroborated too when the
   * claim is {@code independentlySourced}; verdicts always with evidence.
   */
  private VerificationAssessment assessment(boolean corroborated, boolean independentlySourced) {
    VerificationStatus status = corroborated ? VerificationStatus.CORROBORATED
        : choices.term(independentlySourced ? STATUSES : STATUSES_WITHOUT_CORROBORATION,
            VerificationStatus::of, "x-pending");
    VerificationAssessment.Builder assessment = VerificationAssessment.builder().status(status)
        .rationale(corroborated ? "Two independent origins assert it." : "Weighed against the other reports.");
    boolean verdict = status.equals(VerificationStatus.CONFIRMED) || status.equals(VerificationStatus.REFUTED);
    int evidence = verdict ? choices.between(1, 2) : choices.below(2);
    for (int e = 0; e < evidence; e++) {
      Evidence.Builder item = Evidence.builder().description("Satellite images of " + choices.pick(PLACES));
      if (choices.coin()) {
        item.source(choices.pick(sources).getId());
      }
      assessment.addEvidence(item.build());
    }
    if (choices.coin()) {
      assessment.assessor(choices.pick(actorIds));
    }
    if (choices.coin()) {
      assessment.assessedAt(times.any());
    }
    if (choices.coin()) {
      assessment.confidence(choices.coin() ? choices.below(101) / 100.0 : choices.fraction());
    }
    if (choices.oneIn(3)) {
      assessment.admiraltyRating(AdmiraltyRating.of(String.valueOf((char) ('A' + choices.below(6))),
          choices.between(1, 6)));
    }
    return assessment.build();
  }

  // ---------------------------------------------------------------------------------------------------- relations

  /**
   * A relation: to a claim of another document, or between two different claims of this one, a directed kind only
   * from the later claim to the earlier.
   */
  private ClaimRelation relation(List<String> claimIds) {
    int from = choices.below(claimIds.size());
    RelationKind kind = choices.term(RELATION_KINDS, RelationKind::of, "x-follows");
    ClaimRelation.Builder relation = ClaimRelation.builder().kind(kind);
    if (claimIds.size() < 2 || choices.oneIn(10)) {
      relation.from(claimIds.get(from)).to("claim" + separator + (1 + choices.below(1_000)))
          .targetDocument("archive" + separator + (1 + choices.below(9)));
    } else {
      int to = choices.below(claimIds.size() - 1);
      to = to >= from ? to + 1 : to;
      boolean symmetric = SYMMETRIC.contains(kind);
      relation.from(claimIds.get(symmetric ? from : Math.max(from, to)))
          .to(claimIds.get(symmetric ? to : Math.min(from, to)));
    }
    if (choices.oneIn(5)) {
      relation.note("Both claims rest on the same briefing.");
    }
    return relation.build();
  }

  // ---------------------------------------------------------------------------------------------------- names

  /** Returns {@code base}, or {@code base} with the first free number appended, and marks it used. */
  private String unique(String base) {
    String id = base;
    for (int n = 2; !usedIds.add(id); n++) {
      id = base + separator + n;
    }
    return id;
  }

  /** Returns the letters and digits of {@code name} in lower case, words joined by hyphens, accents dropped. */
  static String slug(String name) {
    String ascii = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
    String slug = ascii.toLowerCase(Locale.ROOT).replace('ı', 'i').replaceAll("[^a-z0-9]+", "-")
        .replaceAll("^-+|-+$", "");
    return slug.isEmpty() ? "x" : slug;
  }

  private static <T> List<T> weighted(List<T> values, int... weights) {
    List<T> expanded = new ArrayList<>();
    for (int i = 0; i < values.size(); i++) {
      for (int w = 0; w < weights[i]; w++) {
        expanded.add(values.get(i));
      }
    }
    return List.copyOf(expanded);
  }
}
