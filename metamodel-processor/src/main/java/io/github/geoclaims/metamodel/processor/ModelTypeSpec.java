package io.github.geoclaims.metamodel.processor;

import java.util.List;

/**
 * One model type as the processor reads it from its abstract type: {@code AbstractActor} gives the type
 * {@code Actor}.
 *
 * @param name the simple name of the generated immutable type, such as {@code Actor}
 * @param qualifiedName the qualified name of the generated immutable type
 * @param description the first sentence of the abstract type's Javadoc, as plain text
 * @param extensible {@code true} if the type carries extension properties ({@code Extensible})
 * @param properties the properties, in accessor declaration order
 */
record ModelTypeSpec(String name, String qualifiedName, String description, boolean extensible,
    List<PropertySpec> properties) {}
