package io.github.geoclaims.metamodel.processor;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.RoundEnvironment;
import javax.annotation.processing.SupportedAnnotationTypes;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.PackageElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.Elements;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;

/**
 * Generates {@code io.github.geoclaims.model.meta.ModelTables}, the tables behind geoclaims' public
 * {@code Metamodel}, from the {@code @Value.Immutable} abstract types of {@code io.github.geoclaims.model}: every
 * model type with its properties in accessor declaration order, their descriptions, and lambdas that get, set and
 * add values through the Immutables builders; beside it the public {@code PropertyNames}, the JSON name of every
 * property as a compile-time constant (see {@link NamesWriter}); and the codec package
 * {@code io.github.geoclaims.model.codec}: per model type a class that reads and writes its objects property by
 * property with direct calls, and {@code ModelCodecs} (see {@link CodecWriter}). The metamodel is thus derived from
 * the model at every compilation; it is never a list kept by hand.
 *
 * <p>The processor runs beside Immutables on javac's class path (core declares it as a {@code provided}
 * dependency). It remembers the abstract types of the first round and writes the tables in the first round in
 * which the immutable types Immutables generates from them exist ({@code Actor} for {@code AbstractActor}): only
 * then do the accessors' types ({@code List<Role>}) resolve. It never claims {@code @Value.Immutable}, which
 * Immutables must see too.
 */
@SupportedAnnotationTypes(MetamodelProcessor.IMMUTABLE)
public final class MetamodelProcessor extends AbstractProcessor {

  static final String IMMUTABLE = "org.immutables.value.Value.Immutable";
  static final String MODEL_PACKAGE = "io.github.geoclaims.model";
  static final String TABLES_PACKAGE = MODEL_PACKAGE + ".meta";
  static final String TABLES_CLASS = "ModelTables";
  static final String NAMES_CLASS = "PropertyNames";
  static final String CODEC_PACKAGE = MODEL_PACKAGE + ".codec";
  private static final String ABSTRACT_PREFIX = "Abstract";

  /** The model's abstract types by qualified name, mapped to the qualified names of their immutable types. */
  private final Map<String, String> abstractTypes = new TreeMap<>();
  private boolean written;

  /** Creates the processor; javac calls this. */
  public MetamodelProcessor() {}

  @Override
  public SourceVersion getSupportedSourceVersion() {
    return SourceVersion.latestSupported();
  }

  @Override
  public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
    for (TypeElement annotation : annotations) {
      for (Element element : round.getElementsAnnotatedWith(annotation)) {
        remember(element);
      }
    }
    if (written || abstractTypes.isEmpty()) {
      return false;
    }
    Elements elements = processingEnv.getElementUtils();
    List<String> missing = new ArrayList<>();
    abstractTypes.values().stream().filter(name -> elements.getTypeElement(name) == null).forEach(missing::add);
    if (missing.isEmpty()) {
      written = true;
      write(elements);
    } else if (round.processingOver()) {
      processingEnv.getMessager().printMessage(Diagnostic.Kind.ERROR, "Cannot write the metamodel: Immutables"
          + " generated no " + String.join(", ", missing));
    }
    return false;
  }

  private void remember(Element element) {
    if (element.getKind() != ElementKind.CLASS && element.getKind() != ElementKind.INTERFACE) {
      return;
    }
    TypeElement type = (TypeElement) element;
    PackageElement owner = processingEnv.getElementUtils().getPackageOf(type);
    if (!owner.getQualifiedName().contentEquals(MODEL_PACKAGE)) {
      return;
    }
    String simpleName = type.getSimpleName().toString();
    if (!simpleName.startsWith(ABSTRACT_PREFIX)) {
      processingEnv.getMessager().printMessage(Diagnostic.Kind.ERROR,
          "A model type must be named " + ABSTRACT_PREFIX + "X (ModelStyle's typeAbstract)", type);
      return;
    }
    abstractTypes.put(type.getQualifiedName().toString(),
        MODEL_PACKAGE + "." + simpleName.substring(ABSTRACT_PREFIX.length()));
  }

  private void write(Elements elements) {
    ModelReader reader = new ModelReader(processingEnv, Set.copyOf(abstractTypes.values()));
    List<ModelTypeSpec> modelTypes = new ArrayList<>();
    try {
      abstractTypes.forEach((abstractName, immutableName) ->
          modelTypes.add(reader.read(elements.getTypeElement(abstractName), immutableName)));
    } catch (ModelException e) {
      processingEnv.getMessager().printMessage(Diagnostic.Kind.ERROR, e.getMessage(), e.element());
      return;
    }
    List<ModelTypeSpec> ordered = ReferenceOrder.of(modelTypes);
    Element[] origins = abstractTypes.keySet().stream().map(elements::getTypeElement).toArray(Element[]::new);
    create(TABLES_PACKAGE + "." + TABLES_CLASS,
        new TablesWriter(TABLES_PACKAGE, TABLES_CLASS, getClass().getName()).write(ordered), origins);
    create(TABLES_PACKAGE + "." + NAMES_CLASS,
        NamesWriter.write(TABLES_PACKAGE, NAMES_CLASS, getClass().getName(), ordered), origins);
    new CodecWriter(CODEC_PACKAGE, getClass().getName()).write(ordered)
        .forEach((simpleName, source) -> create(CODEC_PACKAGE + "." + simpleName, source, origins));
  }

  private void create(String qualifiedName, String source, Element[] origins) {
    try {
      JavaFileObject file = processingEnv.getFiler().createSourceFile(qualifiedName, origins);
      try (Writer out = file.openWriter()) {
        out.write(source);
      }
    } catch (IOException e) {
      processingEnv.getMessager().printMessage(Diagnostic.Kind.ERROR, "Cannot write " + qualifiedName + ": " + e);
    }
  }
}
