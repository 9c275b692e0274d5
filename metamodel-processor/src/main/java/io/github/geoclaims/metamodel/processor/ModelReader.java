package io.github.geoclaims.metamodel.processor;

import com.sun.source.tree.ExpressionTree;
import com.sun.source.tree.LiteralTree;
import com.sun.source.tree.MethodTree;
import com.sun.source.tree.ReturnTree;
import com.sun.source.tree.StatementTree;
import com.sun.source.tree.UnaryTree;
import com.sun.source.util.Trees;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.annotation.processing.ProcessingEnvironment;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;

/**
 * Reads the model's abstract types ({@code AbstractActor}, ...) into {@link ModelTypeSpec}s: the properties the
 * Immutables "sandwich" style makes of them, in accessor declaration order (javac lists members in source order,
 * which is the order Immutables gives the attributes too).
 *
 * <p>An accessor is a public, parameterless, non-static method named {@code getX} or {@code isX} declared in the
 * abstract type that is abstract, or is a {@code @Value.Default}. Final methods, non-public methods (such as
 * {@code @Value.Lazy} indexes) and inherited ones are not properties; {@code getExtensions()} comes from
 * {@code Extensible}, which marks the type extensible instead. Anything the metamodel cannot describe (an abstract
 * method with another name, a {@code @Value.Derived}, a value type it does not know) is an error that names the
 * accessor, so that the model cannot silently outgrow the metamodel.
 */
final class ModelReader {

  static final String VALUE_DEFAULT = "org.immutables.value.Value.Default";
  static final String VALUE_DERIVED = "org.immutables.value.Value.Derived";
  private static final String EXTENSIBLE = "io.github.geoclaims.model.Extensible";
  private static final String TERM = "io.github.geoclaims.model.Term";
  private static final String TIME_POINT = "io.github.geoclaims.model.TimePoint";

  /** The value kinds of the classes that are not model types or terms, by qualified name of the boxed class. */
  private static final Map<String, String> SCALAR_KINDS = Map.of(
      "java.lang.String", "STRING",
      TIME_POINT, "TIME_POINT",
      "java.math.BigDecimal", "DECIMAL",
      "java.lang.Integer", "INTEGER",
      "java.lang.Double", "DOUBLE",
      "java.lang.Boolean", "BOOLEAN");

  private final ProcessingEnvironment environment;
  private final Elements elements;
  private final Types types;
  private final Set<String> modelTypes;

  /**
   * Creates a reader for one round.
   *
   * @param environment the processing environment
   * @param modelTypes the qualified names of the generated immutable types, which properties of kind OBJECT hold
   */
  ModelReader(ProcessingEnvironment environment, Set<String> modelTypes) {
    this.environment = environment;
    this.elements = environment.getElementUtils();
    this.types = environment.getTypeUtils();
    this.modelTypes = modelTypes;
  }

  /**
   * Reads one abstract type.
   *
   * @param abstractType the abstract type, such as {@code AbstractActor}
   * @param qualifiedName the qualified name of the immutable type generated from it
   * @return the type's description
   * @throws ModelException if an accessor cannot be described
   */
  ModelTypeSpec read(TypeElement abstractType, String qualifiedName) {
    List<PropertySpec> properties = new ArrayList<>();
    for (ExecutableElement method : ElementFilter.methodsIn(abstractType.getEnclosedElements())) {
      if (isAccessor(method)) {
        properties.add(property(method));
      }
    }
    String simpleName = qualifiedName.substring(qualifiedName.lastIndexOf('.') + 1);
    boolean extensible = types.isAssignable(types.erasure(abstractType.asType()),
        types.erasure(elements.getTypeElement(EXTENSIBLE).asType()));
    return new ModelTypeSpec(simpleName, qualifiedName,
        DocComments.firstSentence(elements.getDocComment(abstractType)), extensible, List.copyOf(properties));
  }

  private boolean isAccessor(ExecutableElement method) {
    Set<Modifier> modifiers = method.getModifiers();
    if (!modifiers.contains(Modifier.PUBLIC) || modifiers.contains(Modifier.STATIC)
        || modifiers.contains(Modifier.FINAL) || !method.getParameters().isEmpty()
        || method.getReturnType().getKind() == TypeKind.VOID) {
      return false;
    }
    boolean defaulted = hasAnnotation(method, VALUE_DEFAULT);
    if (hasAnnotation(method, VALUE_DERIVED)) {
      throw new ModelException(method, "@Value.Derived attributes are not supported by the metamodel");
    }
    if (!modifiers.contains(Modifier.ABSTRACT) && !defaulted) {
      return false;
    }
    if (jsonName(method) == null) {
      throw new ModelException(method, "an attribute accessor must be named getX() or isX()");
    }
    return !method.getSimpleName().contentEquals("getExtensions");
  }

  private PropertySpec property(ExecutableElement method) {
    TypeMirror returned = method.getReturnType();
    String cardinality;
    TypeMirror value;
    if (hasAnnotation(method, VALUE_DEFAULT)) {
      cardinality = "DEFAULTED";
      value = returned;
    } else if (isContainer(returned, "java.util.List")) {
      cardinality = "LIST";
      value = ((DeclaredType) returned).getTypeArguments().get(0);
    } else if (isContainer(returned, "java.util.Optional")) {
      cardinality = "OPTIONAL";
      value = ((DeclaredType) returned).getTypeArguments().get(0);
    } else {
      cardinality = "REQUIRED";
      value = returned;
    }
    TypeElement valueClass = boxedClass(method, value);
    String valueType = valueClass.getQualifiedName().toString();
    return new PropertySpec(jsonName(method), method.getSimpleName().toString(),
        DocComments.firstSentence(elements.getDocComment(method)), cardinality, kind(method, valueClass),
        valueType, cardinality.equals("DEFAULTED") ? defaultValue(method) : null);
  }

  /** Returns the JSON name of an accessor, or {@code null} if its name is not {@code getX}/{@code isX}. */
  private static String jsonName(ExecutableElement method) {
    String name = method.getSimpleName().toString();
    int prefix = name.startsWith("get") ? 3 : name.startsWith("is") ? 2 : 0;
    if (prefix == 0 || name.length() == prefix || !Character.isUpperCase(name.charAt(prefix))) {
      return null;
    }
    return Character.toLowerCase(name.charAt(prefix)) + name.substring(prefix + 1);
  }

  private boolean isContainer(TypeMirror type, String container) {
    return type.getKind() == TypeKind.DECLARED
        && ((TypeElement) types.asElement(type)).getQualifiedName().contentEquals(container)
        && ((DeclaredType) type).getTypeArguments().size() == 1;
  }

  private TypeElement boxedClass(ExecutableElement method, TypeMirror value) {
    if (value.getKind().isPrimitive()) {
      return types.boxedClass(types.getPrimitiveType(value.getKind()));
    }
    if (value.getKind() != TypeKind.DECLARED) {
      throw new ModelException(method, "the metamodel cannot describe a property of type " + value);
    }
    return (TypeElement) types.asElement(value);
  }

  private String kind(ExecutableElement method, TypeElement valueClass) {
    String name = valueClass.getQualifiedName().toString();
    if (modelTypes.contains(name)) {
      return "OBJECT";
    }
    if (types.isSubtype(valueClass.asType(), elements.getTypeElement(TERM).asType())) {
      return "TERM";
    }
    String kind = SCALAR_KINDS.get(name);
    if (kind == null) {
      throw new ModelException(method, "the metamodel has no value kind for " + name
          + " (a string, term, time point, number, boolean or model type)");
    }
    return kind;
  }

  /**
   * Returns the Java source of a {@code @Value.Default}'s default: the literal its body returns. The body is read
   * with javac's tree API, since the language model gives no access to method bodies.
   */
  private String defaultValue(ExecutableElement method) {
    MethodTree tree;
    try {
      tree = Trees.instance(environment).getTree(method);
    } catch (IllegalArgumentException notJavac) {
      throw new ModelException(method, "reading a @Value.Default needs javac's tree API: " + notJavac.getMessage());
    }
    List<? extends StatementTree> statements = tree == null || tree.getBody() == null
        ? List.of() : tree.getBody().getStatements();
    if (statements.size() == 1 && statements.get(0) instanceof ReturnTree returned
        && isLiteral(returned.getExpression())) {
      return returned.getExpression().toString();
    }
    throw new ModelException(method, "a @Value.Default must return a literal (such as false or 0)");
  }

  private static boolean isLiteral(ExpressionTree expression) {
    return expression instanceof LiteralTree
        || expression instanceof UnaryTree unary && unary.getExpression() instanceof LiteralTree;
  }

  private static boolean hasAnnotation(ExecutableElement method, String annotation) {
    for (AnnotationMirror mirror : method.getAnnotationMirrors()) {
      if (((TypeElement) mirror.getAnnotationType().asElement()).getQualifiedName().contentEquals(annotation)) {
        return true;
      }
    }
    return false;
  }
}
