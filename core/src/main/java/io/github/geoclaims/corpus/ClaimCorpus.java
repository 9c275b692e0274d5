package io.github.geoclaims.corpus;

import static io.github.geoclaims.model.meta.PropertyNames.Attribution.COMMUNICATION;
import static io.github.geoclaims.model.meta.PropertyNames.Attribution.RELAYED_FROM;
import static io.github.geoclaims.model.meta.PropertyNames.Claim.ATTRIBUTIONS;
import static io.github.geoclaims.model.meta.PropertyNames.ClaimDocument.CLAIMS;
import static io.github.geoclaims.model.meta.PropertyNames.ClaimDocument.RELATIONS;
import static io.github.geoclaims.model.meta.PropertyNames.ClaimRelation.TARGET_DOCUMENT;
import static io.github.geoclaims.model.meta.PropertyNames.ClaimRelation.TO;

import io.github.geoclaims.model.Attribution;
import io.github.geoclaims.model.Claim;
import io.github.geoclaims.model.ClaimDocument;
import io.github.geoclaims.model.ClaimRelation;
import io.github.geoclaims.model.Communication;
import io.github.geoclaims.model.Origin;
import io.github.geoclaims.model.Participant;
import io.github.geoclaims.model.QualifiedId;
import io.github.geoclaims.model.RelationKind;
import io.github.geoclaims.model.Source;
import io.github.geoclaims.model.Stance;
import io.github.geoclaims.model.TimePoint;
import io.github.geoclaims.model.TimeSpec;
import io.github.geoclaims.model.meta.PropertyNames;
import io.github.geoclaims.validation.ViolationCode;
import io.github.geoclaims.validation.constraints.ResolvedAcrossDocuments;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Many documents as one body of evidence, indexed one document at a time: a document is read into the index and
 * let go, so a corpus larger than memory needs memory for its index only (its claims' identifiers, attributions'
 * chains and origins, not their texts).
 *
 * <p>The corpus resolves the references between documents (an attribution relayed from an attribution of another
 * document, a communication of another document, {@code same-proposition}, {@code contradicts} and {@code denies}
 * relations to claims of other documents) and answers, across all documents: every appearance of a claim, its
 * independent origins with echo chains collapsed, its first appearance and timeline, the denials and contradictions
 * it meets, the claims of an actor and of a communication. A reference it cannot resolve and a relay chain that comes
 * back to itself across documents are {@link #problems() problems} with stable codes; Jakarta Validation reports them
 * too ({@link ResolvedAcrossDocuments}). Each document's own rules are its own validation's.
 *
 * <pre>{@code
 * ClaimCorpus corpus = ClaimCorpus.of(documents);
 * corpus.independentOrigins("nk-shipped-1000-containers-to-russia");
 * // [communication 000_6fa328a5eb9c16d3/ria-report, communication 001_0131e5b1cbcb00c4/wh-disclosure]
 * }</pre>
 */
@ResolvedAcrossDocuments
public final class ClaimCorpus {

  private static final Set<Stance> DENYING = Set.of(Stance.DENIES, Stance.DISPUTES, Stance.DISMISSES);

  private final List<String> documents;
  private final Map<String, Integer> documentIndex = new HashMap<>();
  private final List<IndexedClaim> claims;
  private final Map<String, IntList> byClaimId;
  private final Map<String, IntList> byActor;
  private final Map<String, IntList> byCommunication;
  private final Map<String, Set<String>> communicationsByDocument;
  private final List<IndexedRelation> relations;
  /** The claims each claim is joined to by a same-proposition relation, in either direction. */
  private final Map<String, List<String>> sameProposition = new HashMap<>();
  /** The contradicts and denies relations from or to each claim. */
  private final Map<String, IntList> opposing = new HashMap<>();
  private final Map<String, String> propositionOf;
  private final List<CorpusProblem> problems;
  private final CrossDocumentRelays relays;

  private ClaimCorpus(Builder builder) {
    this.documents = List.copyOf(builder.documents);
    for (int d = 0; d < documents.size(); d++) {
      documentIndex.put(documents.get(d), d);
    }
    this.claims = builder.claims;
    this.byClaimId = builder.byClaimId;
    this.byActor = builder.byActor;
    this.byCommunication = builder.byCommunication;
    this.communicationsByDocument = builder.communicationsByDocument;
    this.relations = builder.relations;
    this.propositionOf = builder.propositions;
    for (int r = 0; r < relations.size(); r++) {
      IndexedRelation relation = relations.get(r);
      if (relation.kind.equals(RelationKind.SAME_PROPOSITION)) {
        sameProposition.computeIfAbsent(relation.from, id -> new ArrayList<>()).add(relation.to);
        sameProposition.computeIfAbsent(relation.to, id -> new ArrayList<>()).add(relation.from);
      } else if (relation.kind.equals(RelationKind.CONTRADICTS) || relation.kind.equals(RelationKind.DENIES)) {
        opposing.computeIfAbsent(relation.from, id -> new IntList()).add(r);
        opposing.computeIfAbsent(relation.to, id -> new IntList()).add(r);
      }
    }
    this.relays = new CrossDocumentRelays(claims, this::locate);
    List<CorpusProblem> found = new ArrayList<>(builder.problems);
    found.addAll(resolveReferences());
    for (long member : relays.cycles()) {
      IndexedClaim claim = claims.get((int) (member >>> 32));
      IndexedAttribution attribution = claim.attributions[(int) member];
      found.add(new CorpusProblem(documents.get(claim.document), pointerOf(claim, (int) member) + "/" + RELAYED_FROM,
          ViolationCode.CORPUS_CHAIN_CYCLE, "following relayedFrom from '" + attribution.id
              + "' across documents comes back to it: an attribution chain must end at an origin"));
    }
    this.problems = List.copyOf(found);
  }

  /**
   * Returns a builder, to which documents are added one at a time.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Indexes documents into a corpus.
   *
   * @param documents the documents, in corpus order
   * @return the corpus
   */
  public static ClaimCorpus of(Iterable<ClaimDocument> documents) {
    Builder builder = builder();
    documents.forEach(builder::add);
    return builder.build();
  }

  /**
   * Indexes a stream of documents into a corpus, each let go once indexed.
   *
   * @param documents the documents, in corpus order
   * @return the corpus
   */
  public static ClaimCorpus of(Stream<ClaimDocument> documents) {
    Builder builder = builder();
    documents.forEachOrdered(builder::add);
    return builder.build();
  }

  /** Returns the identifiers of the documents, in the order they were added. */
  public List<String> documentIds() {
    return documents;
  }

  /** Returns the number of claims of all documents together, each appearance counted. */
  public int appearanceCount() {
    return claims.size();
  }

  /** Returns the identifiers of the claims, each once, in order of first appearance. */
  public Set<String> claimIds() {
    return Collections.unmodifiableSet(byClaimId.keySet());
  }

  /** Returns the relays across documents, resolved: for tests of the work done. */
  CrossDocumentRelays relays() {
    return relays;
  }

  /**
   * Returns the problems found across documents: unresolved references to other documents, relay cycles across
   * documents, repeated document identifiers. Empty for a consistent corpus.
   *
   * @return the problems, by document and pointer in corpus order
   */
  public List<CorpusProblem> problems() {
    return problems;
  }

  /**
   * Returns every appearance of a claim: of its identifier in every document, and of every claim joined to it by a
   * {@code same-proposition} relation (in either direction, transitively).
   *
   * @param claimId the claim's identifier
   * @return the appearances, in corpus order; empty for an unknown claim
   */
  public List<Appearance> appearancesOf(String claimId) {
    List<Appearance> found = new ArrayList<>();
    for (int entry : entriesOf(claimId)) {
      found.add(appearance(entry));
    }
    return List.copyOf(found);
  }

  /**
   * Returns the proposition of a claim, as its first appearance words it.
   *
   * @param claimId the claim's identifier
   * @return the proposition, or empty for an unknown claim
   */
  public Optional<String> propositionOf(String claimId) {
    return Optional.ofNullable(propositionOf.get(claimId));
  }

  /**
   * Returns the independent origins that back a claim across the corpus, by the counting rule of {@link Origin}:
   * every affirming attribution of every appearance, followed through relays within and across documents to its
   * origin; attributions that end at one communication, or at one claimant naming none, are one origin. References
   * are global ({@code document/id}).
   *
   * @param claimId the claim's identifier
   * @return the origins, in order of first appearance; empty for an unknown claim
   */
  public Set<Origin> independentOrigins(String claimId) {
    Set<Origin> origins = new LinkedHashSet<>();
    for (int entry : entriesOf(claimId)) {
      IndexedAttribution[] attributions = claims.get(entry).attributions;
      for (IndexedAttribution attribution : attributions) {
        if (attribution.stance.isAffirming()) {
          IndexedAttribution end = attributions[attribution.chainEnd];
          Origin origin = end.relayedFromElsewhere == null ? end.chainEndOrigin
              : relays.resolution(key(entry, attribution.chainEnd)).origin();
          if (origin != null) {
            origins.add(origin);
          }
        }
      }
    }
    return Collections.unmodifiableSet(origins);
  }

  /**
   * Traces a claim: every appearance, the echo chain of each affirming attribution down to its origin, and the
   * origins counted once.
   *
   * @param claimId the claim's identifier
   * @return the trace; with no appearances for an unknown claim
   */
  public ClaimTrace trace(String claimId) {
    List<Appearance> appearances = new ArrayList<>();
    Map<Appearance, List<EchoChain>> chains = new LinkedHashMap<>();
    Set<Origin> origins = new LinkedHashSet<>();
    for (int entry : entriesOf(claimId)) {
      Appearance appearance = appearance(entry);
      appearances.add(appearance);
      List<EchoChain> echoes = new ArrayList<>();
      IndexedAttribution[] attributions = claims.get(entry).attributions;
      for (int a = 0; a < attributions.length; a++) {
        if (attributions[a].stance.isAffirming()) {
          EchoChain chain = follow(entry, a);
          chain.origin().ifPresent(origins::add);
          echoes.add(chain);
        }
      }
      chains.put(appearance, echoes);
    }
    return new ClaimTrace(claimId, appearances, chains, origins);
  }

  /**
   * Returns the first appearance of a claim: the one with the earliest date, or, when no appearance is dated, the
   * first in corpus order.
   *
   * @param claimId the claim's identifier
   * @return the first appearance, or empty for an unknown claim
   */
  public Optional<Appearance> firstAppearance(String claimId) {
    List<Appearance> timeline = timeline(claimId);
    return timeline.isEmpty() ? Optional.empty() : Optional.of(timeline.get(0));
  }

  /**
   * Returns the appearances of a claim by date: dated ones from the earliest (by the first day their precision
   * allows), then undated ones in corpus order.
   *
   * @param claimId the claim's identifier
   * @return the appearances in time order
   */
  public List<Appearance> timeline(String claimId) {
    List<Appearance> ordered = new ArrayList<>(appearancesOf(claimId));
    ordered.sort(Comparator.comparing((Appearance appearance) -> appearance.getEarliest().isEmpty())
        .thenComparing(appearance -> appearance.getEarliest().map(TimePoint::firstDay).orElse(null),
            Comparator.nullsLast(Comparator.naturalOrder())));
    return List.copyOf(ordered);
  }

  /**
   * Returns what goes against a claim across the corpus: attributions that deny, dispute or dismiss it, and
   * {@code contradicts} or {@code denies} relations from or to it, in any document.
   *
   * @param claimId the claim's identifier
   * @return the oppositions, in corpus order
   */
  public List<Opposition> oppositionsOf(String claimId) {
    List<Opposition> found = new ArrayList<>();
    Set<String> group = new HashSet<>();
    for (int entry : entriesOf(claimId)) {
      IndexedClaim claim = claims.get(entry);
      group.add(claim.claimId);
      for (int a = 0; a < claim.attributions.length; a++) {
        IndexedAttribution attribution = claim.attributions[a];
        if (DENYING.contains(attribution.stance)) {
          found.add(new Opposition(documents.get(claim.document), pointerOf(claim, a), claim.claimId,
              attribution.claimant + " " + attribution.stance.value()));
        }
      }
    }
    Set<Integer> seen = new HashSet<>();
    for (String member : group) {
      IntList against = opposing.get(member);
      for (int i = 0; against != null && i < against.size(); i++) {
        if (seen.add(against.get(i))) {
          IndexedRelation relation = relations.get(against.get(i));
          boolean outgoing = group.contains(relation.from);
          found.add(new Opposition(relation.document, "/" + RELATIONS + "/" + relation.index,
              outgoing ? relation.from : relation.to, relation.from + " " + relation.kind.value() + " "
                  + relation.to + (relation.targetDocument.equals(relation.document) ? ""
                      : " (in " + relation.targetDocument + ")")));
        }
      }
    }
    return List.copyOf(found);
  }

  /**
   * Returns the appearances of the claims an actor is involved in, as a participant or a claimant, in any document.
   * Actors are matched by identifier across documents.
   *
   * @param actorId the actor's identifier
   * @return the appearances, in corpus order
   */
  public List<Appearance> claimsByActor(String actorId) {
    return appearances(byActor.get(actorId));
  }

  /**
   * Returns the appearances of the claims that an attribution names a communication for.
   *
   * @param communication the communication's global reference ({@code document/communication})
   * @return the appearances, in corpus order
   */
  public List<Appearance> claimsByCommunication(String communication) {
    return appearances(byCommunication.get(communication));
  }

  private List<Appearance> appearances(IntList entries) {
    if (entries == null) {
      return List.of();
    }
    List<Appearance> found = new ArrayList<>(entries.size());
    for (int i = 0; i < entries.size(); i++) {
      found.add(appearance(entries.get(i)));
    }
    return List.copyOf(found);
  }

  private Appearance appearance(int entry) {
    IndexedClaim claim = claims.get(entry);
    return new Appearance(documents.get(claim.document), claim.claimId, claim.index, claim.earliest);
  }

  /** The entries of a claim and of every claim joined to it by same-proposition relations, in corpus order. */
  private List<Integer> entriesOf(String claimId) {
    Set<String> group = new LinkedHashSet<>();
    List<String> pending = new ArrayList<>(List.of(claimId));
    while (!pending.isEmpty()) {
      String next = pending.remove(pending.size() - 1);
      if (group.add(next)) {
        pending.addAll(sameProposition.getOrDefault(next, List.of()));
      }
    }
    List<Integer> entries = new ArrayList<>();
    for (String id : group) {
      IntList list = byClaimId.get(id);
      for (int i = 0; list != null && i < list.size(); i++) {
        entries.add(list.get(i));
      }
    }
    entries.sort(null);
    return entries;
  }

  /**
   * Follows the chain of one attribution within its document, then across documents, to its origin; stops at a
   * reference that does not resolve and at an attribution already on the chain.
   */
  private EchoChain follow(int entry, int attribution) {
    List<EchoStep> steps = new ArrayList<>();
    Set<Long> visited = new HashSet<>();
    int e = entry;
    int a = attribution;
    while (visited.add(key(e, a))) {
      IndexedClaim claim = claims.get(e);
      IndexedAttribution current = claim.attributions[a];
      steps.add(new EchoStep(documents.get(claim.document), current.id, current.claimant,
          Optional.ofNullable(current.communication)));
      if (current.upstream != IndexedAttribution.NONE) {
        a = current.upstream;
        continue;
      }
      Origin origin = current.chainEndOrigin;
      if (origin == null) {
        return new EchoChain(steps, Optional.empty(),
            "restates what its document attributes to others (its basis is not its own): not counted");
      }
      if (origin.getKind() != Origin.Kind.ATTRIBUTION_ELSEWHERE) {
        return new EchoChain(steps, Optional.of(origin), "origin");
      }
      long target = locate(origin.getReference(), claim.claimId);
      if (target < 0) {
        return new EchoChain(steps, Optional.of(origin), "relayed from " + origin.getReference()
            + ", which this corpus cannot resolve: counted once as it stands");
      }
      e = (int) (target >>> 32);
      a = (int) target;
    }
    return new EchoChain(steps, Optional.empty(),
        "comes back to an attribution already on the chain: a cycle, not counted");
  }

  static long key(int entry, int attribution) {
    return ((long) entry << 32) | attribution;
  }

  /**
   * Finds the attribution a global reference names among the attributions of the claim with the given identifier in
   * the named document.
   *
   * @return the entry in the high and the attribution's position in the low 32 bits, or -1
   */
  long locate(String reference, String claimId) {
    QualifiedId id = QualifiedId.parse(reference);
    int entry = entryIn(id.getDocument().orElse(""), claimId);
    if (entry >= 0) {
      IndexedAttribution[] attributions = claims.get(entry).attributions;
      for (int a = 0; a < attributions.length; a++) {
        if (attributions[a].id.equals(id.getLocalId())) {
          return key(entry, a);
        }
      }
    }
    return -1;
  }

  /**
   * Returns the entry of the first claim with the given identifier in a document, or -1. A claim's entries are in
   * the order their documents were added, so a binary search finds the document's: O(log appearances).
   */
  private int entryIn(String document, String claimId) {
    Integer target = documentIndex.get(document);
    IntList entries = byClaimId.get(claimId);
    if (target == null || entries == null) {
      return -1;
    }
    int low = 0;
    int high = entries.size() - 1;
    while (low < high) {
      int middle = (low + high) >>> 1;
      if (claims.get(entries.get(middle)).document < target) {
        low = middle + 1;
      } else {
        high = middle;
      }
    }
    return claims.get(entries.get(low)).document == target ? entries.get(low) : -1;
  }

  /** Returns the JSON Pointer of an attribution in its document, such as {@code /claims/4/attributions/0}. */
  private static String pointerOf(IndexedClaim claim, int attribution) {
    return "/" + CLAIMS + "/" + claim.index + "/" + ATTRIBUTIONS + "/" + attribution;
  }

  /**
   * Checks every reference to another document (relays, communications, relations), and every relay chain across
   * documents for a cycle.
   */
  private List<CorpusProblem> resolveReferences() {
    List<CorpusProblem> found = new ArrayList<>();
    Set<String> known = new HashSet<>(documents);
    for (int e = 0; e < claims.size(); e++) {
      IndexedClaim claim = claims.get(e);
      String document = documents.get(claim.document);
      for (int a = 0; a < claim.attributions.length; a++) {
        IndexedAttribution attribution = claim.attributions[a];
        String at = pointerOf(claim, a);
        if (attribution.communication != null) {
          QualifiedId id = QualifiedId.parse(attribution.communication);
          String named = id.getDocument().orElseThrow();
          if (!named.equals(document) && !communicationsByDocument.getOrDefault(named, Set.of())
              .contains(id.getLocalId())) {
            found.add(new CorpusProblem(document, at + "/" + COMMUNICATION, ViolationCode.CORPUS_REFERENCE_UNRESOLVED,
                known.contains(named)
                    ? "'" + attribution.communication + "': document '" + named + "' has no communication '"
                        + id.getLocalId() + "'"
                    : "'" + attribution.communication + "' names document '" + named
                        + "', which is not in the corpus; add it, or correct the reference"));
          }
        }
        if (attribution.relayedFromElsewhere != null) {
          unresolvedRelay(claim, attribution, known).ifPresent(message -> found.add(new CorpusProblem(document,
              at + "/" + RELAYED_FROM, ViolationCode.CORPUS_REFERENCE_UNRESOLVED, message)));
        }
      }
    }
    for (IndexedRelation relation : relations) {
      if (!relation.targetDocument.equals(relation.document)) {
        String at = "/" + RELATIONS + "/" + relation.index;
        if (!known.contains(relation.targetDocument)) {
          found.add(new CorpusProblem(relation.document, at + "/" + TARGET_DOCUMENT,
              ViolationCode.CORPUS_REFERENCE_UNRESOLVED, "'" + relation.targetDocument
                  + "' is not in the corpus; add it, or correct the reference"));
        } else if (!hasClaim(relation.targetDocument, relation.to)) {
          found.add(new CorpusProblem(relation.document, at + "/" + TO, ViolationCode.CORPUS_REFERENCE_UNRESOLVED,
              "document '" + relation.targetDocument + "' has no claim '" + relation.to + "'"));
        }
      }
    }
    return found;
  }

  private boolean hasClaim(String document, String claimId) {
    return entryIn(document, claimId) >= 0;
  }

  private Optional<String> unresolvedRelay(IndexedClaim claim, IndexedAttribution attribution, Set<String> known) {
    String reference = attribution.relayedFromElsewhere;
    String named = QualifiedId.parse(reference).getDocument().orElseThrow();
    if (!known.contains(named)) {
      return Optional.of("'" + reference + "' names document '" + named
          + "', which is not in the corpus; add it, or correct the reference");
    }
    if (locate(reference, claim.claimId) < 0) {
      return Optional.of("'" + reference + "': document '" + named + "' has no attribution '"
          + QualifiedId.parse(reference).getLocalId() + "' of claim '" + claim.claimId + "'");
    }
    return Optional.empty();
  }

  /** A relation between claims, as the corpus keeps it. */
  private record IndexedRelation(String document, int index, String from, RelationKind kind, String to,
      String targetDocument) {}

  /**
   * Adds documents to a corpus one at a time; each is indexed when added and not kept.
   *
   * <pre>{@code
   * ClaimCorpus.Builder builder = ClaimCorpus.builder();
   * for (Path file : files) {
   *   builder.add(json.read(Files.readAllBytes(file)));
   * }
   * ClaimCorpus corpus = builder.build();
   * }</pre>
   */
  public static final class Builder {

    private final List<String> documents = new ArrayList<>();
    private final Set<String> documentIds = new HashSet<>();
    private final List<IndexedClaim> claims = new ArrayList<>();
    private final Map<String, IntList> byClaimId = new LinkedHashMap<>();
    private final Map<String, IntList> byActor = new HashMap<>();
    private final Map<String, IntList> byCommunication = new HashMap<>();
    private final Map<String, Set<String>> communicationsByDocument = new HashMap<>();
    private final List<IndexedRelation> relations = new ArrayList<>();
    private final Map<String, String> propositions = new HashMap<>();
    private final Map<String, String> interned = new HashMap<>();
    private final List<CorpusProblem> problems = new ArrayList<>();
    private boolean built;

    private Builder() {}

    /**
     * Indexes a document. A document whose identifier the corpus already has is not indexed, and is a problem.
     *
     * @param document the document
     * @return this builder
     */
    public Builder add(ClaimDocument document) {
      if (built) {
        throw new IllegalStateException("This builder has built its corpus; start a new one with ClaimCorpus.builder()");
      }
      String id = document.getId();
      if (!documentIds.add(id)) {
        problems.add(new CorpusProblem(id, "/" + PropertyNames.ClaimDocument.ID,
            ViolationCode.CORPUS_DOCUMENT_DUPLICATE, "document '" + id
                + "' is already in the corpus; this copy is left out (give each document its own id)"));
        return this;
      }
      int documentIndex = documents.size();
      documents.add(intern(id));
      Set<String> communications = new HashSet<>();
      for (Communication communication : document.getCommunications()) {
        communications.add(intern(communication.getId()));
      }
      communicationsByDocument.put(documents.get(documentIndex), communications);
      List<Claim> documentClaims = document.getClaims();
      for (int c = 0; c < documentClaims.size(); c++) {
        index(document, documentIndex, c, documentClaims.get(c));
      }
      List<ClaimRelation> documentRelations = document.getRelations();
      for (int r = 0; r < documentRelations.size(); r++) {
        ClaimRelation relation = documentRelations.get(r);
        relations.add(new IndexedRelation(documents.get(documentIndex), r, intern(relation.getFrom()),
            relation.getKind(), intern(relation.getTo()), intern(relation.getTargetDocument().orElse(id))));
      }
      return this;
    }

    private void index(ClaimDocument document, int documentIndex, int position, Claim claim) {
      String documentId = documents.get(documentIndex);
      int entry = claims.size();
      String claimId = intern(claim.getId());
      propositions.putIfAbsent(claimId, claim.getProposition());
      List<Attribution> attributions = claim.getAttributions();
      IndexedAttribution[] indexed = new IndexedAttribution[attributions.size()];
      Map<String, Integer> positions = new HashMap<>();
      for (int a = attributions.size() - 1; a >= 0; a--) {
        positions.put(attributions.get(a).getId(), a);
      }
      TimePoint earliest = null;
      for (int a = 0; a < attributions.size(); a++) {
        Attribution attribution = attributions.get(a);
        String relayed = attribution.getRelayedFrom().orElse(null);
        Integer upstream = relayed == null ? null : positions.get(relayed);
        String elsewhere = relayed != null && QualifiedId.parse(relayed).isElsewhere(documentId) ? intern(relayed)
            : null;
        String communication = attribution.getCommunication()
            .map(reference -> intern(QualifiedId.parse(reference).in(documentId).toString())).orElse(null);
        Origin origin = Origin.ofChainEnd(claim.originOf(attribution)).map(o -> o.in(documentId)).orElse(null);
        Integer chainEnd = positions.get(claim.originOf(attribution).getId());
        indexed[a] = new IndexedAttribution(intern(attribution.getId()), intern(attribution.getClaimant()),
            attribution.getStance(), communication, elsewhere, upstream == null ? IndexedAttribution.NONE : upstream,
            chainEnd == null ? a : chainEnd,
            origin == null ? null : Origin.of(origin.getKind(), intern(origin.getReference())));
        earliest = earlier(earliest, attribution.getStatedAt().flatMap(ClaimCorpus::pointOf).orElse(null));
        earliest = earlier(earliest, document.findSource(attribution.getSource())
            .flatMap(Source::getPublishedAt).orElse(null));
        add(byActor, attribution.getClaimant(), entry);
        if (communication != null) {
          add(byCommunication, communication, entry);
        }
      }
      for (Participant participant : claim.getParticipants()) {
        add(byActor, participant.getActor(), entry);
      }
      claims.add(new IndexedClaim(documentIndex, claimId, position, earliest, indexed));
      add(byClaimId, claimId, entry);
    }

    private void add(Map<String, IntList> index, String key, int entry) {
      index.computeIfAbsent(intern(key), k -> new IntList()).add(entry);
    }

    private String intern(String value) {
      String known = interned.putIfAbsent(value, value);
      return known != null ? known : value;
    }

    /**
     * Resolves the references across the documents added and returns the corpus.
     *
     * @return the corpus
     */
    public ClaimCorpus build() {
      built = true;
      return new ClaimCorpus(this);
    }
  }

  private static TimePoint earlier(TimePoint known, TimePoint candidate) {
    if (candidate == null) {
      return known;
    }
    return known == null || candidate.firstDay().isBefore(known.firstDay()) ? candidate : known;
  }

  private static Optional<TimePoint> pointOf(TimeSpec time) {
    return time.getAt().or(time::getStart);
  }
}
