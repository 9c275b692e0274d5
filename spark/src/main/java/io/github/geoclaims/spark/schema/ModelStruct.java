package io.github.geoclaims.spark.schema;

import io.github.geoclaims.model.Term;
import io.github.geoclaims.model.TimePoint;
import io.github.geoclaims.model.meta.Cardinality;
import io.github.geoclaims.model.meta.Metamodel;
import io.github.geoclaims.model.meta.ModelType;
import io.github.geoclaims.model.meta.Property;
import io.github.geoclaims.validation.GeoClaimsValidator;
import io.github.geoclaims.validation.Violation;
import java.math.BigDecimal;
import java.time.DateTimeException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.catalyst.expressions.GenericRowWithSchema;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * One model type as a Spark SQL struct, derived from the model's {@link Metamodel}: a column per property (named in
 * snake case, {@code countryCode} as {@code country_code}), nested structs for nested model types, arrays for lists,
 * and a {@code map<string,string>} column {@value #EXTENSIONS} of extension properties for an extensible type. A
 * property added to the model is a column here with nothing to add by hand.
 *
 * <p>Values: texts, vocabulary values (their wire value) and points in time (their ISO 8601 text, with its precision)
 * as strings; decimals as strings too ({@link BigDecimal#toString()}, exact at any precision and scale, which Spark's
 * 38-digit decimal is not); whole numbers, doubles and booleans as themselves. An optional property is a nullable
 * column; a list is never null.
 *
 * <p>Rows become model objects through the model's builders, and every object built from a row is validated by the
 * core validator, so a row that breaks a rule never becomes a model object.
 *
 * <pre>{@code
 * ModelStruct<Actor> actors = ModelStruct.of(Actor.class);
 * StructType schema = actors.schema();
 * Row row = actors.toRow(northKorea);
 * Actor back = actors.fromRow(row);   // equal to northKorea
 * }</pre>
 *
 * @param <T> the model type
 */
public final class ModelStruct<T> {

  /** The column of extension properties: their names to their values, each one JSON value as compact text. */
  public static final String EXTENSIONS = "extensions";

  /** The column of the identifier of a model type that has one ({@code Actor}, {@code Claim}, ...). */
  public static final String ID = "id";

  private static final Map<Class<?>, ModelStruct<?>> BY_TYPE = new ConcurrentHashMap<>();

  private final ModelType<T> type;
  private final List<Property> properties;
  private final StructType schema;

  private ModelStruct(ModelType<T> type) {
    this.type = type;
    this.properties = type.properties();
    List<StructField> fields = new ArrayList<>();
    for (Property property : properties) {
      DataType element = elementType(property);
      fields.add(switch (property.cardinality()) {
        case LIST -> DataTypes.createStructField(columnOf(property), DataTypes.createArrayType(element, false), false);
        case OPTIONAL -> DataTypes.createStructField(columnOf(property), element, true);
        case REQUIRED, DEFAULTED -> DataTypes.createStructField(columnOf(property), element, false);
      });
    }
    if (type.isExtensible()) {
      fields.add(DataTypes.createStructField(EXTENSIONS,
          DataTypes.createMapType(DataTypes.StringType, DataTypes.StringType, false), false));
    }
    this.schema = DataTypes.createStructType(fields);
  }

  /**
   * Returns the struct of a model type.
   *
   * @param type a model class, such as {@code Actor.class}
   * @param <T> the class
   * @return its struct, made once per class
   * @throws IllegalArgumentException if the class is not a model type
   */
  @SuppressWarnings("unchecked")
  public static <T> ModelStruct<T> of(Class<T> type) {
    ModelStruct<?> known = BY_TYPE.get(type);
    if (known == null) {
      // Not computeIfAbsent: a struct makes the structs of its nested types first, which would update the map
      // from inside its own update.
      BY_TYPE.putIfAbsent(type, new ModelStruct<>(Metamodel.of(type)));
      known = BY_TYPE.get(type);
    }
    return (ModelStruct<T>) known;
  }

  /**
   * Returns the column name of a property: its JSON name in snake case ({@code targetDocument} as
   * {@code target_document}).
   *
   * @param property a property of the model
   * @return the column name
   */
  public static String columnOf(Property property) {
    return Columns.snakeCase(property.name());
  }

  private static DataType elementType(Property property) {
    return switch (property.kind()) {
      case STRING, TERM, TIME_POINT, DECIMAL -> DataTypes.StringType;
      case INTEGER -> DataTypes.IntegerType;
      case DOUBLE -> DataTypes.DoubleType;
      case BOOLEAN -> DataTypes.BooleanType;
      case OBJECT -> of(property.objectType().orElseThrow().javaType()).schema();
    };
  }

  /** Returns the model type. */
  public ModelType<T> type() {
    return type;
  }

  /** Returns the struct: one field per property, in the model's order, then {@value #EXTENSIONS} if extensible. */
  public StructType schema() {
    return schema;
  }

  /**
   * Returns the fields of the struct, to put them among the columns of a table.
   *
   * @return the fields, in {@link #schema()} order
   */
  public List<StructField> fields() {
    return List.of(schema.fields());
  }

  /**
   * Returns the values of a model object in {@link #schema()} order, to put them among a table row's values.
   *
   * @param model an object of the type
   * @return its values as Spark takes them (lists as {@link List}, nested objects as {@link Row})
   */
  public Object[] values(T model) {
    Object[] values = new Object[schema.size()];
    for (int p = 0; p < properties.size(); p++) {
      values[p] = columnValue(properties.get(p), properties.get(p).get(model));
    }
    if (type.isExtensible()) {
      values[properties.size()] = SparkValues.map(type.extensions(model));
    }
    return values;
  }

  /**
   * Returns the value of one column of a model object.
   *
   * @param model an object of the type
   * @param column a column of {@link #schema()}
   * @return its value as Spark takes it
   * @throws IllegalArgumentException if the struct has no such column
   */
  public Object value(T model, String column) {
    if (column.equals(EXTENSIONS) && type.isExtensible()) {
      return SparkValues.map(type.extensions(model));
    }
    Property property = properties.get(schema.fieldIndex(column));
    return columnValue(property, property.get(model));
  }

  /**
   * Returns a model object as a row of {@link #schema()}, which the row carries (as its nested rows do).
   *
   * @param model an object of the type
   * @return the row
   */
  public Row toRow(T model) {
    return new GenericRowWithSchema(values(model), schema);
  }

  /**
   * Builds a model object from a row with this struct's columns (found by name; other columns are ignored) and
   * validates it with the core validator.
   *
   * @param row the row
   * @return the object, valid by every rule of its type
   * @throws RowConversionException if a column is missing or holds a value of the wrong form, or the object breaks
   *     a rule of the model (the exception lists the violations)
   */
  public T fromRow(Row row) {
    T model = build(row, "");
    List<Violation> violations = GeoClaimsValidator.shared().validate(model);
    if (!violations.isEmpty()) {
      throw RowConversionException.invalid(type.name(), violations);
    }
    return model;
  }

  /** Builds an object through its builder, without validating it (a nested object is validated with its owner). */
  private T build(Row row, String path) {
    Object builder = type.newBuilder();
    for (Property property : properties) {
      String column = columnOf(property);
      String at = path + "/" + column;
      int index = fieldIndex(row, column, at);
      if (row.isNullAt(index)) {
        continue;
      }
      try {
        if (property.cardinality() == Cardinality.LIST) {
          List<Object> elements = row.getList(index);
          for (int e = 0; e < elements.size(); e++) {
            property.add(builder, modelValue(property, elements.get(e), at + "/" + e));
          }
        } else {
          property.set(builder, modelValue(property, row.get(index), at));
        }
      } catch (IllegalArgumentException | ClassCastException | DateTimeException e) {
        throw RowConversionException.malformed(at, property.kind().name().toLowerCase(Locale.ROOT),
            String.valueOf(row.get(index)));
      }
    }
    if (type.isExtensible()) {
      int index = fieldIndex(row, EXTENSIONS, path + "/" + EXTENSIONS);
      if (!row.isNullAt(index)) {
        row.<String, String>getJavaMap(index).forEach((name, value) -> type.putExtension(builder, name, value));
      }
    }
    try {
      return type.build(builder);
    } catch (IllegalStateException e) {
      throw RowConversionException.missing(path.isEmpty() ? "/" : path, e.getMessage());
    }
  }

  private static int fieldIndex(Row row, String column, String at) {
    try {
      return row.fieldIndex(column);
    } catch (IllegalArgumentException e) {
      throw RowConversionException.missing(at, "the row has no column '" + column + "'");
    }
  }

  private static Object columnValue(Property property, Object value) {
    return switch (property.cardinality()) {
      case LIST -> SparkValues.array(((List<?>) value).stream().map(element -> elementValue(property, element)).toList());
      case OPTIONAL -> ((Optional<?>) value).map(present -> elementValue(property, present)).orElse(null);
      case REQUIRED, DEFAULTED -> elementValue(property, value);
    };
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  private static Object elementValue(Property property, Object value) {
    return switch (property.kind()) {
      case STRING, INTEGER, DOUBLE, BOOLEAN -> value;
      case TERM -> ((Term) value).value();
      case TIME_POINT, DECIMAL -> value.toString();
      case OBJECT -> ((ModelStruct) of(property.objectType().orElseThrow().javaType())).toRow(value);
    };
  }

  private static Object modelValue(Property property, Object value, String at) {
    return switch (property.kind()) {
      case STRING, INTEGER, DOUBLE, BOOLEAN -> value;
      case TERM -> property.term((String) value);
      case TIME_POINT -> TimePoint.parse((String) value);
      case DECIMAL -> new BigDecimal((String) value);
      case OBJECT -> of(property.objectType().orElseThrow().javaType()).build((Row) value, at);
    };
  }
}
