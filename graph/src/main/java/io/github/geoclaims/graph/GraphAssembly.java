package io.github.geoclaims.graph;

import io.github.geoclaims.corpus.Appearance;
import io.github.geoclaims.corpus.ClaimCorpus;
import io.github.geoclaims.corpus.ClaimTrace;
import io.github.geoclaims.corpus.EchoChain;
import io.github.geoclaims.corpus.EchoStep;
import io.github.geoclaims.model.Actor;
import io.github.geoclaims.model.Attribution;
import io.github.geoclaims.model.Claim;
import io.github.geoclaims.model.ClaimDocument;
import io.github.geoclaims.model.ClaimRelation;
import io.github.geoclaims.model.Communication;
import io.github.geoclaims.model.Origin;
import io.github.geoclaims.model.QualifiedId;
import io.github.geoclaims.model.Source;
import io.github.geoclaims.model.VerificationStatus;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads documents into the nodes and edges of a {@link ProvenanceGraph}. What counts as an origin is the model's
 * answer, not this class's: {@link ClaimCorpus#trace(String)} gives each claim's echo chains, across documents, and
 * where each ends by the counting rule of {@link Origin}.
 */
final class GraphAssembly {

  /** The style of a claim that no assessment has judged. */
  static final String UNASSESSED = "unassessed";

  private final List<ClaimDocument> documents;
  private final ClaimCorpus corpus;
  private final Map<String, Draft> nodes = new LinkedHashMap<>();
  private final Map<String, EdgeDraft> edges = new LinkedHashMap<>();

  private GraphAssembly(List<ClaimDocument> documents) {
    this.documents = List.copyOf(documents);
    this.corpus = ClaimCorpus.of(this.documents);
  }

  /** Returns the graph of the documents, read as one corpus. */
  static ProvenanceGraph of(List<ClaimDocument> documents) {
    return new GraphAssembly(documents).assemble();
  }

  private ProvenanceGraph assemble() {
    for (ClaimDocument document : documents) {
      document.getSources().forEach(source -> addSource(document, source));
      document.getCommunications().forEach(communication -> addCommunication(document, communication));
    }
    for (ClaimDocument document : documents) {
      document.getClaims().forEach(claim -> addClaim(document, claim));
    }
    for (ClaimDocument document : documents) {
      document.getClaims().forEach(claim -> addRelays(document, claim));
      document.getRelations().forEach(relation -> addRelation(document, relation));
    }
    Set<String> traced = new LinkedHashSet<>();
    for (ClaimDocument document : documents) {
      document.getClaims().forEach(claim -> traced.add(claim.getId()));
    }
    addSameClaimLinks(traced);
    Map<String, List<EdgeDraft>> incident = new HashMap<>();
    for (EdgeDraft edge : edges.values()) {
      incident.computeIfAbsent(edge.tail, node -> new ArrayList<>()).add(edge);
      incident.computeIfAbsent(edge.head, node -> new ArrayList<>()).add(edge);
    }
    traced.forEach(claimId -> markChains(corpus.trace(claimId), incident));
    List<GraphNode> built = nodes.values().stream().filter(draft -> draft.used).map(Draft::build).toList();
    return new ProvenanceGraph(built, edges.values().stream().map(EdgeDraft::build).toList(),
        corpus.documentIds());
  }

  // ------------------------------------------------------------------------------------------------------ nodes

  private static String claimNode(String document, String claimId) {
    return "claim:" + document + "/" + claimId;
  }

  private static String attributionNode(String document, String attributionId) {
    return "attribution:" + document + "/" + attributionId;
  }

  private static String communicationNode(String globalReference) {
    return "communication:" + globalReference;
  }

  private static String sourceNode(String document, String sourceId) {
    return "source:" + document + "/" + sourceId;
  }

  private static String actorNode(String document, String actorId) {
    return "actor:" + document + "/" + actorId;
  }

  private void addSource(ClaimDocument document, Source source) {
    String title = source.getTitle().or(source::getDescription).orElse(source.getId());
    Draft draft = new Draft(sourceNode(document.getId(), source.getId()), NodeKind.SOURCE, source.getId(),
        document.getId(), title, List.of(words(source.getKind().value()) + " · " + document.getId()),
        source.getKind().value());
    nodes.put(draft.id, draft);
  }

  private void addCommunication(ClaimDocument document, Communication communication) {
    String issuer = communication.getIssuer().map(actor -> " by " + actorName(document, actor)).orElse("");
    Draft draft = new Draft(communicationNode(document.getId() + "/" + communication.getId()),
        NodeKind.COMMUNICATION, communication.getId(), document.getId(),
        words(communication.getKind().value()) + issuer, communication.getDescription().map(List::of).orElse(List.of()),
        communication.getKind().value());
    nodes.put(draft.id, draft);
  }

  private void addClaim(ClaimDocument document, Claim claim) {
    String documentId = document.getId();
    String claimNode = claimNode(documentId, claim.getId());
    int here = claim.independentOrigins().size();
    Draft draft = new Draft(claimNode, NodeKind.CLAIM, claim.getId(), documentId,
        claim.getProposition(), List.of(claim.getId(), "independent origins: " + here),
        claim.currentStatus().map(VerificationStatus::value).orElse(UNASSESSED));
    draft.used = true;
    draft.chains.add(claimNode);
    nodes.put(claimNode, draft);
    Set<String> relayed = new HashSet<>();
    claim.getAttributions().forEach(attribution -> attribution.getRelayedFrom().ifPresent(relayed::add));
    for (Attribution attribution : claim.getAttributions()) {
      String node = attributionNode(documentId, attribution.getId());
      Optional<String> communication = attribution.getCommunication()
          .map(reference -> communicationNode(QualifiedId.parse(reference).in(documentId).toString()))
          .filter(nodes::containsKey);
      Draft attributionDraft = new Draft(node, NodeKind.ATTRIBUTION, attribution.getId(), documentId,
          actorName(document, attribution.getClaimant()),
          List.of(words(attribution.getStance().value()) + " · " + words(attribution.getMode().value()),
              attribution.getId()),
          attribution.getStance().value());
      attributionDraft.parent = communication;
      attributionDraft.used = true;
      nodes.putIfAbsent(node, attributionDraft);
      communication.ifPresent(parent -> nodes.get(parent).used = true);
      if (!relayed.contains(attribution.getId())) {
        edge(node, claimNode, EdgeKind.PUTS_FORWARD, words(attribution.getStance().value()));
      }
      String actor = actorNode(documentId, attribution.getClaimant());
      nodes.computeIfAbsent(actor, id -> actorDraft(document, attribution.getClaimant())).used = true;
      edge(actor, node, EdgeKind.CLAIMANT_OF, "");
      Draft source = nodes.get(sourceNode(documentId, attribution.getSource()));
      if (source != null) {
        source.used = true;
        edge(source.id, node, EdgeKind.APPEARS_IN, "");
      }
    }
  }

  /**
   * Returns an actor's node in one document. Each document draws its own actors, so that documents that share only
   * actors are apart in the layout; the page's actor filter matches them by identifier across documents.
   */
  private static Draft actorDraft(ClaimDocument document, String actorId) {
    Optional<Actor> actor = document.findActor(actorId);
    return new Draft(actorNode(document.getId(), actorId), NodeKind.ACTOR, actorId, document.getId(),
        actorName(document, actorId), actor.map(found -> List.of(words(found.getKind().value()))).orElse(List.of()),
        actor.map(found -> found.getKind().value()).orElse("unknown"));
  }

  private static String actorName(ClaimDocument document, String actorId) {
    return document.findActor(actorId).map(Actor::getName).orElse(actorId);
  }

  // ------------------------------------------------------------------------------------------------------ edges

  /** Draws each relay from the relaying attribution to the one it names, when that one is in the graph. */
  private void addRelays(ClaimDocument document, Claim claim) {
    for (Attribution attribution : claim.getAttributions()) {
      attribution.getRelayedFrom().ifPresent(reference -> {
        QualifiedId target = QualifiedId.parse(reference).in(document.getId());
        String head = attributionNode(target.getDocument().orElseThrow(), target.getLocalId());
        if (nodes.containsKey(head)) {
          edge(attributionNode(document.getId(), attribution.getId()), head, EdgeKind.RELAYS, "relays");
        }
      });
    }
  }

  private void addRelation(ClaimDocument document, ClaimRelation relation) {
    String head = claimNode(relation.getTargetDocument().orElse(document.getId()), relation.getTo());
    if (nodes.containsKey(head)) {
      edge(claimNode(document.getId(), relation.getFrom()), head, EdgeKind.RELATION, relation.getKind().value());
    }
  }

  /** Joins the appearances of one claim identifier in several documents, each to the next. */
  private void addSameClaimLinks(Set<String> claimIds) {
    for (String claimId : claimIds) {
      String previous = null;
      for (ClaimDocument document : documents) {
        if (document.findClaim(claimId).isPresent()) {
          String node = claimNode(document.getId(), claimId);
          if (previous != null) {
            edge(previous, node, EdgeKind.SAME_CLAIM, "same claim");
          }
          previous = node;
        }
      }
    }
  }

  private void edge(String tail, String head, EdgeKind kind, String label) {
    edges.putIfAbsent(tail + " " + kind + " " + head, new EdgeDraft(tail, head, kind, label));
  }

  // ----------------------------------------------------------------------------------------------------- chains

  /**
   * Marks what belongs to the chains of each appearance of a traced claim: its attributions, the attributions they
   * relay (in any document), their communications, claimants and sources, and the edges among these; and marks
   * the origins where the model's trace says each chain ends.
   */
  private void markChains(ClaimTrace trace, Map<String, List<EdgeDraft>> incident) {
    for (Appearance appearance : trace.appearances()) {
      String claimNode = claimNode(appearance.getDocument(), appearance.getClaimId());
      Set<String> members = new LinkedHashSet<>();
      documentOf(appearance.getDocument()).flatMap(document -> document.findClaim(appearance.getClaimId()))
          .ifPresent(claim -> claim.getAttributions()
              .forEach(attribution -> members.add(attributionNode(appearance.getDocument(), attribution.getId()))));
      for (EchoChain chain : trace.chains().get(appearance)) {
        List<EchoStep> steps = chain.steps();
        steps.forEach(step -> members.add(attributionNode(step.document(), step.attributionId())));
        if (chain.origin().isPresent()) {
          EchoStep last = steps.get(steps.size() - 1);
          markOrigin(attributionNode(last.document(), last.attributionId()));
          Origin origin = chain.origin().get();
          if (origin.getKind() == Origin.Kind.COMMUNICATION) {
            markOrigin(communicationNode(origin.getReference()));
          }
        }
      }
      Set<String> chainNodes = new LinkedHashSet<>(members);
      chainNodes.add(claimNode);
      for (String member : members) {
        Optional.ofNullable(nodes.get(member)).flatMap(draft -> draft.parent).ifPresent(chainNodes::add);
        for (EdgeDraft edge : incident.getOrDefault(member, List.of())) {
          if (edge.kind == EdgeKind.CLAIMANT_OF || edge.kind == EdgeKind.APPEARS_IN) {
            chainNodes.add(edge.tail);
          }
        }
      }
      for (String member : members) {
        for (EdgeDraft edge : incident.getOrDefault(member, List.of())) {
          if (chainNodes.contains(edge.tail) && chainNodes.contains(edge.head)) {
            edge.chains.add(claimNode);
          }
        }
      }
      chainNodes.forEach(node -> Optional.ofNullable(nodes.get(node)).ifPresent(draft -> draft.chains.add(claimNode)));
    }
  }

  private void markOrigin(String node) {
    Draft draft = nodes.get(node);
    if (draft != null) {
      draft.origin = true;
    }
  }

  private Optional<ClaimDocument> documentOf(String documentId) {
    return documents.stream().filter(document -> document.getId().equals(documentId)).findFirst();
  }

  /** Returns a vocabulary token in words: {@code declines-to-comment} as {@code declines to comment}. */
  private static String words(String token) {
    return token.replace('-', ' ').toLowerCase(Locale.ROOT);
  }

  /** A node while the graph is read: its chains and origin mark are added as the traces are followed. */
  private static final class Draft {
    final String id;
    final NodeKind kind;
    final String reference;
    final String document;
    final String title;
    final List<String> details;
    final String style;
    final Set<String> chains = new LinkedHashSet<>();
    Optional<String> parent = Optional.empty();
    boolean origin;
    /** Whether anything in the graph needs the node: sources and communications no attribution names are left out. */
    boolean used;

    Draft(String id, NodeKind kind, String reference, String document, String title, List<String> details,
        String style) {
      this.id = id;
      this.kind = kind;
      this.reference = reference;
      this.document = document;
      this.title = title;
      this.details = new ArrayList<>(details);
      this.style = style;
    }

    GraphNode build() {
      return new GraphNode(id, kind, reference, document, title, details, style, parent, origin, chains);
    }
  }

  /** An edge while the graph is read. */
  private static final class EdgeDraft {
    final String tail;
    final String head;
    final EdgeKind kind;
    final String label;
    final Set<String> chains = new LinkedHashSet<>();

    EdgeDraft(String tail, String head, EdgeKind kind, String label) {
      this.tail = tail;
      this.head = head;
      this.kind = kind;
      this.label = label;
    }

    GraphEdge build() {
      return new GraphEdge(tail, head, kind, label, chains);
    }
  }
}
