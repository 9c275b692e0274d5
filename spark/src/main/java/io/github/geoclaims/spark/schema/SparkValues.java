package io.github.geoclaims.spark.schema;

import java.util.List;
import java.util.Map;
import scala.collection.immutable.Seq;
import scala.jdk.javaapi.CollectionConverters;

/**
 * Java collections as the Scala collections that Spark's row encoder takes for array and map columns (it refuses
 * {@link java.util.List} and {@link java.util.Map}).
 *
 * <pre>{@code
 * RowFactory.create(id, SparkValues.array(aliases), SparkValues.map(extensions));
 * }</pre>
 */
public final class SparkValues {

  private SparkValues() {}

  /**
   * Returns the value of an array column.
   *
   * @param elements the elements, in order
   * @return them as a Scala sequence
   */
  public static Seq<Object> array(List<?> elements) {
    return CollectionConverters.asScala(List.<Object>copyOf(elements)).toSeq();
  }

  /**
   * Returns the value of a map column.
   *
   * @param entries the entries
   * @return them as a Scala map
   */
  public static scala.collection.Map<String, String> map(Map<String, String> entries) {
    return CollectionConverters.asScala(entries);
  }
}
