package io.github.geoclaims.benchmarks.data;

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
import java.text.Normalizer;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * Generates realistic, valid {@link ClaimDocument}s from a seed: the same seed and size always give the same
 * document (equal objects, identical canonical JSON).
 *
 * <p>A document of {@code n} claims has about {@code max(60, n / 20)} actors (states with country codes, Wikidata
 * items and aliases; government bodies; international organisations; media outlets; groups with members; unnamed
 * collectives with identity caveats; people with roles), {@code max(3, n / 10)} sources with 2-4 KB of generated
 * prose each, and {@code n / 5} relations between claims. Each claim has 1-3 participants, usually a time, often
 * quantities, 1-5 attributions (mean about 2.2) whose quotes are real passages of their source's text located with
 * {@link TextAnchor#locate(String, String)}, sometimes relayed from one another, and sometimes assessments.
 *
 * <pre>{@code
 * ClaimDocument document = DocumentGenerator.generate(1_000);          // DEFAULT_SEED
 * ClaimDocument other = DocumentGenerator.generate(1_000, 42L);
 * }</pre>
 */
public final class DocumentGenerator {

  /** The seed the benchmarks use. */
  public static final long DEFAULT_SEED = 20261123L;

  private static final LocalDate FIRST_DAY = LocalDate.of(2023, 1, 1);
  private static final int DAYS = 730;

  private final Random random;
  private final int claimCount;
  private final long seed;

  private final Set<String> ids = new HashSet<>();
  private final List<Actor> actors = new ArrayList<>();
  private final Map<String, String> names = new HashMap<>();
  private final List<Source> sources = new ArrayList<>();
  private final List<SourceInfo> sourceInfos = new ArrayList<>();

  // actor identifiers by category, in creation order
  private final List<Lexicon.State> stateList = new ArrayList<>();
  private final List<String> states = new ArrayList<>();
  private final List<String> bodies = new ArrayList<>();
  private final List<String> bodyNames = new ArrayList<>();
  private final List<String> outlets = new ArrayList<>();
  private final List<String> outletDomains = new ArrayList<>();
  private final List<String> organisations = new ArrayList<>();
  private final List<String> groups = new ArrayList<>();
  private final List<String> unnamed = new ArrayList<>();
  private final List<String> people = new ArrayList<>();
  private final List<String> peopleNames = new ArrayList<>();
  private final List<String> peopleTitles = new ArrayList<>();
  private final List<String> journalists = new ArrayList<>();

  /** What the claims need to know about a source. */
  private record SourceInfo(String id, String text, List<String> sentences, LocalDate published,
      String publisher) {}

  private DocumentGenerator(int claimCount, long seed) {
    if (claimCount < 1) {
      throw new IllegalArgumentException("claims must be at least 1 but was " + claimCount);
    }
    this.claimCount = claimCount;
    this.seed = seed;
    this.random = new Random(seed);
  }

  /**
   * Generates a document with {@link #DEFAULT_SEED}.
   *
   * @param claims the number of claims, at least 1
   * @return the document, valid by every rule of the model
   */
  public static ClaimDocument generate(int claims) {
    return generate(claims, DEFAULT_SEED);
  }

  /**
   * Generates a document.
   *
   * @param claims the number of claims, at least 1
   * @param seed the seed; the same seed and size give the same document
   * @return the document, valid by every rule of the model
   */
  public static ClaimDocument generate(int claims, long seed) {
    return new DocumentGenerator(claims, seed).build();
  }

  private ClaimDocument build() {
    generateActors(Math.max(60, claimCount / 20));
    generateSources(Math.max(3, claimCount / 10));
    List<Claim> claims = new ArrayList<>(claimCount);
    for (int i = 0; i < claimCount; i++) {
      claims.add(claim(i));
    }
    List<ClaimRelation> relations = new ArrayList<>();
    if (claimCount >= 2) {
      for (int i = 0; i < claimCount / 5; i++) {
        relations.add(relation(claims));
      }
    }
    return ClaimDocument.builder()
        .id("generated-" + claimCount)
        .title("Generated benchmark document with " + claimCount + " claims")
        .description("Synthetic claims about arms transfers and diplomacy, generated with seed " + seed
            + " for the geoclaims benchmarks.")
        .addAllActors(actors)
        .addAllSources(sources)
        .addAllClaims(claims)
        .addAllRelations(relations)
        .build();
  }

  // ------------------------------------------------------------------------------------------------ actors

  private void generateActors(int target) {
    for (Lexicon.State state : Lexicon.STATES) {
      stateList.add(state);
      states.add(add(Actor.builder().id(unique(state.id())).kind(ActorKind.STATE).name(state.name())
          .addAllAliases(state.aliases()).countryCode(state.code()).wikidataId(state.wikidata())));
    }
    organisations.add(add(Actor.builder().id(unique("united-nations-security-council"))
        .kind(ActorKind.INTERNATIONAL_ORGANISATION).name("United Nations Security Council")
        .addAlias("the Security Council").addAlias("UNSC").wikidataId("Q37470")));
    organisations.add(add(Actor.builder().id(unique("nato")).kind(ActorKind.INTERNATIONAL_ORGANISATION)
        .name("North Atlantic Treaty Organization").addAlias("NATO").addAlias("the Alliance").wikidataId("Q7184")));
    for (Lexicon.Outlet outlet : Lexicon.OUTLETS) {
      Lexicon.State home = pick(stateList);
      outlets.add(add(Actor.builder().id(unique(slug(outlet.name()))).kind(ActorKind.MEDIA_OUTLET)
          .name(outlet.name()).countryCode(home.code())
          .description("A news organisation based in " + home.capital() + ".")));
      outletDomains.add(outlet.domain());
    }
    // two bodies per state for the first states
    for (int s = 0; s < 8; s++) {
      Lexicon.State state = stateList.get(s);
      for (int b = 0; b < 2; b++) {
        String body = Lexicon.BODIES.get((s * 3 + b * 5) % Lexicon.BODIES.size());
        String name = state.adjective() + " " + body;
        bodies.add(add(Actor.builder().id(unique(slug(name))).kind(ActorKind.GOVERNMENT_BODY).name(name)
            .countryCode(state.code())));
        bodyNames.add(name);
      }
    }
    for (int g = 0; g < 3; g++) {
      Set<String> members = new LinkedHashSet<>();
      int count = 3 + random.nextInt(4);
      while (members.size() < count) {
        members.add(pick(states));
      }
      int memberCount = members.size() + random.nextInt(45);
      groups.add(add(Actor.builder().id(unique("coalition-" + (g + 1))).kind(ActorKind.GROUP)
          .name(memberCount + " countries").addAllMembers(members).memberCount(memberCount)
          .description("The signatories of a joint statement.")));
    }
    for (int u = 0; u < 4; u++) {
      Lexicon.State state = stateList.get(u);
      unnamed.add(add(Actor.builder().id(unique(slug(state.adjective() + " officials"))).kind(ActorKind.UNNAMED)
          .name(state.adjective() + " officials").countryCode(state.code())
          .identityCaveat("The text does not name them or their agency.")));
    }
    while (actors.size() < target) {
      person();
    }
  }

  private void person() {
    String name = pick(Lexicon.FIRST_NAMES) + " " + pick(Lexicon.LAST_NAMES);
    boolean journalist = random.nextInt(4) == 0;
    Actor.Builder b = Actor.builder().id(unique(slug(name))).kind(ActorKind.PERSON).name(name);
    String title;
    if (journalist) {
      int outlet = random.nextInt(outlets.size());
      title = "correspondent";
      b.addRole(Role.builder().title(title).organisation(outlets.get(outlet)).build());
    } else {
      int body = random.nextInt(bodies.size());
      title = pick(Lexicon.ROLE_TITLES);
      boolean former = random.nextInt(6) == 0;
      b.addRole(Role.builder().title(title).organisation(bodies.get(body)).former(former).build());
      title = (former ? "former " : "") + title + " of the " + bodyNames.get(body);
      if (random.nextInt(8) == 0) {
        b.addAlias(name.substring(name.indexOf(' ') + 1));
      }
    }
    String id = add(b);
    people.add(id);
    peopleNames.add(name);
    peopleTitles.add(title);
    if (journalist) {
      journalists.add(id);
    }
  }

  private String add(Actor.Builder builder) {
    Actor actor = builder.build();
    actors.add(actor);
    names.put(actor.getId(), actor.getName());
    return actor.getId();
  }

  // ------------------------------------------------------------------------------------------------ sources

  private static final SourceKind[] SOURCE_KINDS = {
      SourceKind.NEWS_ARTICLE, SourceKind.NEWS_ARTICLE, SourceKind.NEWS_ARTICLE, SourceKind.NEWS_ARTICLE,
      SourceKind.WIRE_REPORT, SourceKind.WIRE_REPORT, SourceKind.ANALYSIS, SourceKind.OFFICIAL_STATEMENT,
      SourceKind.PRESS_BRIEFING, SourceKind.JOINT_STATEMENT, SourceKind.INTELLIGENCE_REPORT};

  private static final String[] LANGUAGES = {"en", "en", "en", "en", "en", "en", "en", "de", "ko", "pt-BR"};

  private void generateSources(int count) {
    for (int i = 0; i < count; i++) {
      boolean comment = i > 0 && random.nextInt(20) == 0;
      SourceKind kind = comment ? SourceKind.READER_COMMENT : SOURCE_KINDS[random.nextInt(SOURCE_KINDS.length)];
      boolean official = kind.equals(SourceKind.OFFICIAL_STATEMENT) || kind.equals(SourceKind.PRESS_BRIEFING)
          || kind.equals(SourceKind.JOINT_STATEMENT) || kind.equals(SourceKind.INTELLIGENCE_REPORT);
      int outlet = random.nextInt(outlets.size());
      String publisher = comment ? null : official ? pick(bodies) : outlets.get(outlet);
      LocalDate published = FIRST_DAY.plusDays(random.nextInt(DAYS));
      String slugTitle;
      String a = pick(states);
      String b = other(states, a);
      String title = nameOf(a) + " " + pick(Lexicon.VERBS) + " " + pick(Lexicon.UNITS) + " to " + nameOf(b)
          + ", officials say";
      slugTitle = slug(title);
      String id = unique("src-" + (i + 1) + "-" + slugTitle.substring(0, Math.min(40, slugTitle.length()))
          .replaceAll("-+$", ""));
      Source.Builder s = Source.builder().id(id).kind(kind);
      if (!comment) {
        s.title(title);
      }
      s.url("https://" + outletDomains.get(outlet) + "/" + published.getYear() + "/"
          + String.format("%02d/%02d/", published.getMonthValue(), published.getDayOfMonth()) + slugTitle);
      if (publisher != null) {
        s.publisher(publisher);
      }
      if (!official && !comment && !journalists.isEmpty()) {
        int authors = 1 + random.nextInt(2);
        Set<String> byline = new LinkedHashSet<>();
        for (int j = 0; j < authors; j++) {
          byline.add(pick(journalists));
        }
        s.addAllAuthors(byline);
      }
      s.language(LANGUAGES[random.nextInt(LANGUAGES.length)]);
      if (random.nextBoolean()) {
        s.publishedAt(TimePoint.ofDay(published));
      } else {
        ZoneOffset offset = random.nextBoolean() ? ZoneOffset.UTC : ZoneOffset.ofHours(9);
        s.publishedAt(TimePoint.ofInstant(OffsetDateTime.of(published.getYear(), published.getMonthValue(),
            published.getDayOfMonth(), random.nextInt(24), random.nextInt(60), 0, 0, offset)));
      }
      LocalDate retrieved = published.plusDays(1 + random.nextInt(30));
      s.retrievedAt(TimePoint.ofInstant(OffsetDateTime.of(retrieved.getYear(), retrieved.getMonthValue(),
          retrieved.getDayOfMonth(), random.nextInt(24), random.nextInt(60), random.nextInt(60), 0,
          ZoneOffset.UTC)));
      List<String> sentences = new ArrayList<>();
      boolean cites = !comment && i > 0 && random.nextInt(5) == 0;
      String text = comment ? commentText(sentences) : prose(2_000 + random.nextInt(2_000), sentences, cites);
      s.text(text);
      if (cites) {
        int citedIndex = random.nextInt(sourceInfos.size());
        SourceInfo cited = sourceInfos.get(citedIndex);
        Source citedSource = sources.get(citedIndex);
        s.addCitation(Citation.builder().marker("[i]").title(citedSource.getTitle().orElse("Comment"))
            .url(citedSource.getUrl().orElseThrow())
            .accessedAt(TimePoint.ofDay(published)).source(cited.id())
            .anchor(TextAnchor.locate(text, "[i]")).build());
      }
      if (comment) {
        s.attachedTo(sourceInfos.get(random.nextInt(sourceInfos.size())).id());
        s.description("A reader comment under the article.");
      }
      sources.add(s.build());
      sourceInfos.add(new SourceInfo(id, text, sentences, published, publisher));
    }
  }

  private String commentText(List<String> sentences) {
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < 3; i++) {
      String sentence = i == 0 ? "I don’t believe a word of this." : sentence();
      sentences.add(sentence);
      text.append(i == 0 ? "" : " ").append(sentence);
    }
    return text.toString();
  }

  /** Generates paragraphs of prose of about {@code length} characters, recording each sentence. */
  private String prose(int length, List<String> sentences, boolean citationMarker) {
    StringBuilder text = new StringBuilder(length + 400);
    int inParagraph = 0;
    boolean marked = false;
    while (text.length() < length) {
      String sentence = sentence();
      if (citationMarker && !marked && text.length() > length / 2) {
        sentence = sentence + " [i]";
        marked = true;
      }
      if (text.length() > 0) {
        text.append(inParagraph == 0 ? "\n\n" : " ");
      }
      text.append(sentence);
      sentences.add(sentence);
      inParagraph = (inParagraph + 1) % (3 + random.nextInt(3));
    }
    if (citationMarker && !marked) {
      text.append(" [i]");
    }
    return text.toString();
  }

  private String sentence() {
    switch (random.nextInt(6)) {
      case 0: {
        int p = random.nextInt(people.size());
        return "“" + capitalise(pick(Lexicon.OPINIONS)) + ",” " + peopleNames.get(p) + ", " + peopleTitles.get(p)
            + ", " + pick(Lexicon.SAY) + ".";
      }
      case 1: {
        String a = pick(states);
        return speaker() + " " + pick(Lexicon.SAY) + " that " + aliasOf(a) + " had " + pick(Lexicon.VERBS) + " "
            + amountText() + " " + pick(Lexicon.UNITS) + " to " + aliasOf(other(states, a)) + " "
            + pick(Lexicon.EXPRESSIONS) + ".";
      }
      case 2:
        return pick(Lexicon.CONNECTIVES) + " " + speaker() + " " + pick(Lexicon.SAY) + " that "
            + pick(Lexicon.OPINIONS) + ".";
      case 3:
        return "Satellite images of " + pick(Lexicon.PLACES) + " showed " + amountText() + " "
            + pick(Lexicon.UNITS) + ", " + pick(Lexicon.HEDGES) + ".";
      default:
        return pick(Lexicon.FILLER);
    }
  }

  private String speaker() {
    switch (random.nextInt(4)) {
      case 0:
        return nameOf(pick(bodies));
      case 1:
        return nameOf(pick(unnamed));
      case 2:
        return "The " + nameOf(pick(outlets));
      default:
        return nameOf(pick(people));
    }
  }

  private String amountText() {
    int n = (1 + random.nextInt(99)) * (random.nextBoolean() ? 10 : 1000);
    switch (random.nextInt(4)) {
      case 0:
        return "more than " + String.format(Locale.ROOT, "%,d", n);
      case 1:
        return "about " + n;
      case 2:
        return "up to " + String.format(Locale.ROOT, "%,d", n);
      default:
        return Integer.toString(n);
    }
  }

  // ------------------------------------------------------------------------------------------------ claims

  private static final EventKind[] EVENT_KINDS = {
      EventKind.ARMS_TRANSFER, EventKind.ARMS_TRANSFER, EventKind.ARMS_TRANSFER, EventKind.MILITARY_COOPERATION,
      EventKind.NEGOTIATION, EventKind.AGREEMENT, EventKind.MEETING, EventKind.VISIT, EventKind.STATEMENT,
      EventKind.CONDEMNATION, EventKind.SANCTION, EventKind.MILITARY_EXERCISE, EventKind.WEAPONS_TEST,
      EventKind.SATELLITE_LAUNCH, EventKind.WEAPONS_PRODUCTION, EventKind.ANALYSIS};

  private static final ParticipantRole[] OTHER_ROLES = {
      ParticipantRole.RECIPIENT, ParticipantRole.TARGET, ParticipantRole.AFFECTED, ParticipantRole.PARTY,
      ParticipantRole.MENTIONED};

  private static final int[] ATTRIBUTION_WEIGHTS = {35, 30, 18, 10, 7};

  private Claim claim(int index) {
    String id = String.format("claim-%06d", index + 1);
    EventKind kind = EVENT_KINDS[random.nextInt(EVENT_KINDS.length)];
    Claim.Builder c = Claim.builder().id(id).eventKind(kind);
    String agent = random.nextInt(5) == 0 ? pick(groups) : pick(states);
    String other = other(states, agent);
    c.addParticipant(Participant.of(agent, ParticipantRole.AGENT));
    c.addParticipant(Participant.of(other, OTHER_ROLES[random.nextInt(OTHER_ROLES.length)]));
    if (random.nextInt(3) == 0) {
      String third = pick(people);
      c.addParticipant(Participant.of(third, ParticipantRole.MENTIONED));
    }
    String unit = pick(Lexicon.UNITS);
    c.proposition(nameOf(agent) + " " + pick(Lexicon.VERBS) + " " + unit + " to " + nameOf(other)
        + (kind.equals(EventKind.ARMS_TRANSFER) ? "." : " in the context of " + kind.value().replace('-', ' ') + "."));
    if (random.nextInt(10) < 7) {
      c.time(time());
    }
    if (random.nextInt(10) < 4) {
      c.location(pick(Lexicon.PLACES));
    }
    int quantities = random.nextInt(10) < 5 ? 0 : 1 + random.nextInt(2);
    for (int q = 0; q < quantities; q++) {
      c.addQuantity(quantity(q == 0 ? unit : pick(Lexicon.UNITS)));
    }
    int attributionCount = weighted(ATTRIBUTION_WEIGHTS) + 1;
    SourceInfo home = pick(sourceInfos);
    List<Attribution> attributions = new ArrayList<>(attributionCount);
    for (int k = 0; k < attributionCount; k++) {
      SourceInfo source = k == 0 || random.nextInt(3) == 0 ? home : pick(sourceInfos);
      Attribution attribution = attribution(id + "-a" + (k + 1), source,
          k > 0 && random.nextInt(10) < 3 ? attributions.get(k - 1).getId() : null);
      attributions.add(attribution);
    }
    c.addAllAttributions(attributions);
    // Corroboration is generated only where the model itself counts two independent origins.
    boolean corroborable = c.build().independentOrigins().size() >= 2;
    if (random.nextInt(4) == 0) {
      int count = 1 + random.nextInt(2);
      for (int v = 0; v < count; v++) {
        c.addAssessment(assessment(corroborable));
      }
    }
    if (random.nextInt(10) == 0) {
      c.note("The figure differs between the sources.");
    }
    return c.build();
  }

  private TimeSpec time() {
    LocalDate day = FIRST_DAY.plusDays(random.nextInt(DAYS));
    switch (random.nextInt(5)) {
      case 0:
        return TimeSpec.at(TimePoint.ofMonth(YearMonth.from(day)));
      case 1:
        return TimeSpec.at(TimePoint.ofDay(day));
      case 2:
        return TimeSpec.builder().start(TimePoint.ofDay(day)).end(TimePoint.ofDay(day.plusDays(random.nextInt(60))))
            .build();
      case 3:
        return TimeSpec.expressed(pick(Lexicon.EXPRESSIONS));
      default:
        return TimeSpec.builder().at(TimePoint.ofMonth(YearMonth.from(day))).expression(pick(Lexicon.EXPRESSIONS))
            .build();
    }
  }

  private Quantity quantity(String unit) {
    long n = (1 + random.nextInt(999)) * (random.nextBoolean() ? 1L : 1000L);
    Quantity.Builder q = Quantity.builder().unit(unit);
    switch (random.nextInt(4)) {
      case 0:
        q.value(BigDecimal.valueOf(n)).approximate(random.nextBoolean());
        break;
      case 1:
        q.exclusiveMinimum(BigDecimal.valueOf(n)).text("more than " + String.format(Locale.ROOT, "%,d", n));
        break;
      case 2:
        q.minimum(BigDecimal.valueOf(n)).maximum(BigDecimal.valueOf(n * 2)).text("between " + n + " and " + n * 2);
        break;
      default:
        q.value(new BigDecimal(n / 10 + "." + random.nextInt(10) + "0")).text("about " + (n / 10) + " million")
            .approximate(true);
    }
    return q.build();
  }

  private static final AttributionMode[] MODES = {
      AttributionMode.DIRECT_QUOTE, AttributionMode.DIRECT_QUOTE, AttributionMode.PARAPHRASE,
      AttributionMode.REPORTED_SPEECH, AttributionMode.REPORTED_SPEECH, AttributionMode.ANONYMOUS_SOURCING,
      AttributionMode.AUTHORIAL};

  private Attribution attribution(String id, SourceInfo source, String relayedFrom) {
    AttributionMode mode = MODES[random.nextInt(MODES.length)];
    String claimant;
    if (mode.equals(AttributionMode.AUTHORIAL)) {
      claimant = source.publisher() != null ? source.publisher() : pick(outlets);
    } else if (mode.equals(AttributionMode.ANONYMOUS_SOURCING)) {
      claimant = pick(unnamed);
    } else {
      switch (random.nextInt(4)) {
        case 0:
          claimant = pick(bodies);
          break;
        case 1:
          claimant = pick(states);
          break;
        default:
          claimant = pick(people);
      }
    }
    List<Stance> stances = Stance.standardValues();
    List<Modality> modalities = Modality.standardValues();
    Attribution.Builder a = Attribution.builder().id(id).claimant(claimant).source(source.id()).mode(mode)
        .stance(random.nextInt(3) == 0 ? pick(stances) : Stance.ASSERTS)
        .modality(random.nextInt(3) == 0 ? pick(modalities) : Modality.REPORTED);
    int hedges = random.nextInt(10) < 6 ? 0 : 1 + random.nextInt(2);
    Set<String> chosen = new LinkedHashSet<>();
    for (int h = 0; h < hedges; h++) {
      chosen.add(pick(Lexicon.HEDGES));
    }
    a.addAllHedges(chosen);
    if (random.nextBoolean()) {
      LocalDate stated = source.published().minusDays(random.nextInt(10));
      a.statedAt(random.nextInt(4) == 0
          ? TimeSpec.builder().at(TimePoint.ofDay(stated)).expression(pick(Lexicon.EXPRESSIONS)).build()
          : TimeSpec.at(TimePoint.ofDay(stated)));
    }
    if (random.nextInt(20) < 17) {
      a.quote(quote(source));
    }
    if (relayedFrom != null) {
      a.relayedFrom(relayedFrom);
    }
    if (random.nextInt(20) == 0) {
      a.note("The attribution is indirect.");
    }
    return a.build();
  }

  /** Picks 4-14 consecutive words of one of the source's sentences and anchors them in its text. */
  private TextAnchor quote(SourceInfo source) {
    String sentence = pick(source.sentences());
    String[] words = sentence.split(" ");
    int length = Math.min(words.length, 4 + random.nextInt(11));
    int from = random.nextInt(words.length - length + 1);
    String exact = String.join(" ", java.util.Arrays.asList(words).subList(from, from + length));
    TextAnchor anchor = TextAnchor.locate(source.text(), exact);
    if (random.nextInt(10) >= 3) {
      return anchor;
    }
    String text = source.text();
    int at = text.indexOf(exact);
    int end = at + exact.length();
    TextAnchor.Builder b = TextAnchor.builder().exact(exact).start(anchor.getStart()).end(anchor.getEnd());
    if (at > 0) {
      b.prefix(text.substring(Math.max(0, at - 12), at));
    }
    if (end < text.length()) {
      b.suffix(text.substring(end, Math.min(text.length(), end + 12)));
    }
    return b.build();
  }

  private static final VerificationStatus[] STATUSES = {
      VerificationStatus.UNVERIFIED, VerificationStatus.UNVERIFIED, VerificationStatus.DISPUTED,
      VerificationStatus.MISLEADING, VerificationStatus.UNVERIFIABLE, VerificationStatus.CONFIRMED,
      VerificationStatus.REFUTED, VerificationStatus.CORROBORATED};

  private VerificationAssessment assessment(boolean independentOrigins) {
    VerificationStatus status = STATUSES[random.nextInt(STATUSES.length)];
    if (status.equals(VerificationStatus.CORROBORATED) && !independentOrigins) {
      status = VerificationStatus.UNVERIFIED;
    }
    boolean verdict = status.equals(VerificationStatus.CONFIRMED) || status.equals(VerificationStatus.REFUTED);
    VerificationAssessment.Builder v = VerificationAssessment.builder().status(status)
        .assessor(random.nextBoolean() ? pick(outlets) : pick(bodies))
        .assessedAt(TimePoint.ofDay(FIRST_DAY.plusDays(random.nextInt(DAYS))))
        .rationale(pick(Lexicon.FILLER));
    int evidence = verdict ? 1 + random.nextInt(2) : random.nextInt(2);
    for (int e = 0; e < evidence; e++) {
      v.addEvidence(Evidence.builder().description("Satellite images of " + pick(Lexicon.PLACES))
          .source(pick(sourceInfos).id()).build());
    }
    if (random.nextBoolean()) {
      v.confidence(random.nextInt(101) / 100.0);
    }
    if (random.nextInt(3) == 0) {
      v.admiraltyRating(AdmiraltyRating.of(String.valueOf((char) ('A' + random.nextInt(6))), 1 + random.nextInt(6)));
    }
    return v.build();
  }

  private static final RelationKind[] RELATION_KINDS = {
      RelationKind.SUPPORTS, RelationKind.SUPPORTS, RelationKind.CONTRADICTS, RelationKind.DENIES,
      RelationKind.SAME_PROPOSITION, RelationKind.RESPONDS_TO, RelationKind.OVERSTATES, RelationKind.ELABORATES};

  /** A relation from a later claim to an earlier one, so that directed relations never form a cycle. */
  private ClaimRelation relation(List<Claim> claims) {
    int from = 1 + random.nextInt(claims.size() - 1);
    int to = random.nextInt(from);
    ClaimRelation.Builder r = ClaimRelation.builder().from(claims.get(from).getId())
        .kind(RELATION_KINDS[random.nextInt(RELATION_KINDS.length)]).to(claims.get(to).getId());
    if (random.nextInt(20) == 0) {
      r.targetDocument("generated-archive");
    }
    if (random.nextInt(5) == 0) {
      r.note("Both claims rest on the same briefing.");
    }
    return r.build();
  }

  // ------------------------------------------------------------------------------------------------ helpers

  private String nameOf(String actorId) {
    String name = names.get(actorId);
    if (name == null) {
      throw new IllegalStateException(actorId);
    }
    return name;
  }

  private String aliasOf(String stateId) {
    Lexicon.State state = stateList.get(states.indexOf(stateId));
    return random.nextInt(3) == 0 || state.aliases().isEmpty() ? state.name() : pick(state.aliases());
  }

  private <T> T pick(List<T> values) {
    return values.get(random.nextInt(values.size()));
  }

  private String other(List<String> values, String not) {
    while (true) {
      String value = pick(values);
      if (!value.equals(not)) {
        return value;
      }
    }
  }

  private int weighted(int[] weights) {
    int total = 0;
    for (int w : weights) {
      total += w;
    }
    int r = random.nextInt(total);
    for (int i = 0; i < weights.length; i++) {
      r -= weights[i];
      if (r < 0) {
        return i;
      }
    }
    return weights.length - 1;
  }

  private String unique(String base) {
    String id = base;
    for (int n = 2; !ids.add(id); n++) {
      id = base + "-" + n;
    }
    return id;
  }

  static String slug(String text) {
    String ascii = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
    String slug = ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
    return slug.isEmpty() ? "x" : slug;
  }

  private static String capitalise(String text) {
    return Character.toUpperCase(text.charAt(0)) + text.substring(1);
  }
}
