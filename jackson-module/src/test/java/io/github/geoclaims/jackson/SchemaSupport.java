package io.github.geoclaims.jackson;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.dialect.Dialect;
import com.networknt.schema.dialect.Dialects;
import com.networknt.schema.keyword.DisallowUnknownKeywordFactory;
import io.github.geoclaims.json.schema.GeoClaimsSchema;
import java.util.List;

/** The shipped schema compiled by networknt's validator, with unknown keywords treated as errors. */
final class SchemaSupport {

  /** Draft 2020-12, but an unknown keyword fails compilation instead of being ignored as an annotation. */
  static final Dialect STRICT_2020_12 = Dialect.builder(Dialects.getDraft202012())
      .unknownKeywordFactory(DisallowUnknownKeywordFactory.getInstance())
      .build();

  static final SchemaRegistry REGISTRY = SchemaRegistry.withDialect(STRICT_2020_12);

  static final Schema SCHEMA =
      REGISTRY.getSchema(SchemaLocation.of(GeoClaimsSchema.ID), GeoClaimsSchema.text(), InputFormat.JSON);

  private SchemaSupport() {}

  static List<Error> errors(String json) {
    return SCHEMA.validate(json, InputFormat.JSON);
  }
}
