package io.github.geoclaims.spark.schema;

import io.github.geoclaims.corpus.Appearance;
import io.github.geoclaims.corpus.ClaimCorpus;
import io.github.geoclaims.model.Actor;
import io.github.geoclaims.model.Attribution;
import io.github.geoclaims.model.Claim;
import io.github.geoclaims.model.ClaimDocument;
import io.github.geoclaims.model.ClaimRelation;
import io.github.geoclaims.model.Communication;
import io.github.geoclaims.model.Origin;
import io.github.geoclaims.model.QualifiedId;
import io.github.geoclaims.model.Source;
import io.github.geoclaims.model.TimePoint;
import io.github.geoclaims.model.VerificationAssessment;
import java.sql.Date;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * The rows of every {@link ClaimTable} for one document, made where the document was read (on an executor), in one
 * row of {@link #SCHEMA}: a field per table, the document's own row and an array of rows for each other table.
 *
 * <pre>{@code
 * Row rows = DocumentRows.of(document, "articles/kirby.json", null);
 * }</pre>
 */
public final class DocumentRows {

  /** One field per table, named as the table: a struct for {@code documents}, an array for every other table. */
  public static final StructType SCHEMA = DataTypes.createStructType(Arrays.stream(ClaimTable.values())
      .map(table -> DataTypes.createStructField(table.tableName(), table == ClaimTable.DOCUMENTS ? table.schema()
          : DataTypes.createArrayType(table.schema(), false), false))
      .toList());

  private DocumentRows() {}

  /**
   * Returns the rows of a document.
   *
   * @param document a valid document
   * @param file the file it was read from
   * @param line its line in a JSON Lines file, or {@code null} for a file of one document
   * @return one row of {@link #SCHEMA}
   */
  public static Row of(ClaimDocument document, String file, Integer line) {
    String id = document.getId();
    Map<ClaimTable, List<Row>> rows = new EnumMap<>(ClaimTable.class);
    rows.put(ClaimTable.ACTORS, positioned(id, document.getActors(), ModelStruct.of(Actor.class)));
    rows.put(ClaimTable.SOURCES, positioned(id, document.getSources(), ModelStruct.of(Source.class)));
    rows.put(ClaimTable.COMMUNICATIONS, positioned(id, document.getCommunications(),
        ModelStruct.of(Communication.class)));
    rows.put(ClaimTable.RELATIONS, positioned(id, document.getRelations(),
        ModelStruct.of(ClaimRelation.class)));
    List<Row> claims = new ArrayList<>();
    List<Row> attributions = new ArrayList<>();
    List<Row> assessments = new ArrayList<>();
    ClaimCorpus alone = ClaimCorpus.of(List.of(document));
    List<Claim> documentClaims = document.getClaims();
    for (int c = 0; c < documentClaims.size(); c++) {
      Claim claim = documentClaims.get(c);
      Optional<TimePoint> earliest = earliestOf(alone, claim.getId(), c);
      claims.add(row(List.of(id, c), ModelStruct.of(Claim.class).values(claim),
          earliest.map(TimePoint::toString).orElse(null), earliest.map(point -> Date.valueOf(point.firstDay()))
              .orElse(null)));
      List<Object> claimKeys = List.of(id, claim.getId(), c);
      for (int a = 0; a < claim.getAttributions().size(); a++) {
        attributions.add(attribution(id, claimKeys, a, claim, claim.getAttributions().get(a)));
      }
      for (int v = 0; v < claim.getAssessments().size(); v++) {
        assessments.add(row(keys(claimKeys, v),
            ModelStruct.of(VerificationAssessment.class).values(claim.getAssessments().get(v))));
      }
    }
    rows.put(ClaimTable.CLAIMS, claims);
    rows.put(ClaimTable.ATTRIBUTIONS, attributions);
    rows.put(ClaimTable.ASSESSMENTS, assessments);
    Object[] values = new Object[SCHEMA.size()];
    values[ClaimTable.DOCUMENTS.ordinal()] = documentRow(document, file, line);
    rows.forEach((table, tableRows) -> values[table.ordinal()] = SparkValues.array(tableRows));
    return RowFactory.create(values);
  }

  private static Row documentRow(ClaimDocument document, String file, Integer line) {
    StructField[] fields = ClaimTable.DOCUMENTS.schema().fields();
    Object[] values = new Object[fields.length];
    values[0] = document.getId();
    values[1] = file;
    values[2] = line;
    ModelStruct<ClaimDocument> struct = ModelStruct.of(ClaimDocument.class);
    for (int f = 3; f < fields.length; f++) {
      values[f] = struct.value(document, fields[f].name());
    }
    return RowFactory.create(values);
  }

  private static Row attribution(String documentId, List<Object> claimKeys, int position, Claim claim,
      Attribution attribution) {
    Attribution end = claim.originOf(attribution);
    Row origin = Origin.ofChainEnd(end).map(found -> found.in(documentId))
        .map(found -> RowFactory.create(kindName(found.getKind()), found.getReference())).orElse(null);
    String relayedElsewhere = end.getRelayedFrom()
        .filter(reference -> QualifiedId.parse(reference).isElsewhere(documentId)).orElse(null);
    return row(keys(claimKeys, position), ModelStruct.of(Attribution.class).values(attribution),
        attribution.getStance().isAffirming(), SparkValues.array(claim.chainOf(attribution).stream().map(Attribution::getId).toList()),
        origin, relayedElsewhere);
  }

  /**
   * Returns the column value of an origin's kind: its name in lower case with hyphens, {@code attribution-elsewhere}.
   *
   * @param kind the kind
   * @return the value
   */
  public static String kindName(Origin.Kind kind) {
    return kind.name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  /**
   * Returns the origin kind of a column value written by {@link #kindName}.
   *
   * @param name the value
   * @return the kind
   * @throws IllegalArgumentException if the value names no kind
   */
  public static Origin.Kind kindOf(String name) {
    return Origin.Kind.valueOf(name.toUpperCase(Locale.ROOT).replace('-', '_'));
  }

  /** The earliest date the document gives for one claim, as its corpus of one document finds it. */
  private static Optional<TimePoint> earliestOf(ClaimCorpus alone, String claimId, int position) {
    return alone.appearancesOf(claimId).stream().filter(appearance -> appearance.getIndex() == position)
        .findFirst().flatMap(Appearance::getEarliest);
  }

  private static List<Object> keys(List<Object> claimKeys, int position) {
    List<Object> keys = new ArrayList<>(claimKeys);
    keys.add(position);
    return keys;
  }

  private static <T> List<Row> positioned(String documentId, List<T> models, ModelStruct<T> struct) {
    List<Row> rows = new ArrayList<>(models.size());
    for (int p = 0; p < models.size(); p++) {
      rows.add(row(List.of(documentId, p), struct.values(models.get(p))));
    }
    return rows;
  }

  private static Row row(List<Object> keys, Object[] values, Object... derived) {
    Object[] all = new Object[keys.size() + values.length + derived.length];
    for (int k = 0; k < keys.size(); k++) {
      all[k] = keys.get(k);
    }
    System.arraycopy(values, 0, all, keys.size(), values.length);
    System.arraycopy(derived, 0, all, keys.size() + values.length, derived.length);
    return RowFactory.create(all);
  }
}
