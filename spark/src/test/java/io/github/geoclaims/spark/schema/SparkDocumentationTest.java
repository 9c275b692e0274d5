package io.github.geoclaims.spark.schema;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.types.ArrayType;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;

/** {@code docs/spark.md} names every column of every table, nested ones included. */
class SparkDocumentationTest {

  private static final Path DOCUMENT = Path.of(System.getProperty("geoclaims.root", ".."), "docs", "spark.md");

  private static void columns(StructType struct, String prefix, List<String> into) {
    for (StructField field : struct.fields()) {
      into.add(prefix + field.name());
      DataType type = field.dataType();
      boolean array = type instanceof ArrayType;
      while (type instanceof ArrayType elements) {
        type = elements.elementType();
      }
      if (type instanceof StructType nested) {
        columns(nested, prefix + field.name() + (array ? "[]." : "."), into);
      }
    }
  }

  @Test
  void everyColumnOfEveryTableIsDocumentedUnderItsTable() throws IOException {
    String text = Files.readString(DOCUMENT);
    for (ClaimTable table : ClaimTable.values()) {
      int start = text.indexOf("### `" + table.tableName() + "`");
      assertThat(start).as("a section for " + table.tableName()).isPositive();
      int end = text.indexOf("\n#", start + 1);
      String section = text.substring(start, end < 0 ? text.length() : end);
      List<String> columns = new ArrayList<>();
      columns(table.schema(), "", columns);
      for (String column : columns) {
        assertThat(section).as(table.tableName()).contains("| `" + column + "` |");
      }
    }
  }
}
