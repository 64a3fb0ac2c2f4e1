package clinic.stride.platform;

import jakarta.validation.Path;
import jakarta.validation.TraversableResolver;
import java.lang.annotation.ElementType;

/**
 * Bean Validation's traversable resolver for Stride (META-INF/validation.xml): every property of a validated object
 * is validated and every {@code @Valid} one followed. The default in a Jakarta EE server asks the persistence provider
 * whether each property is loaded, which matters only for lazily loaded entities; Stride validates request records.
 */
public final class EverythingReachable implements TraversableResolver {

    @Override
    public boolean isReachable(Object traversableObject, Path.Node traversableProperty, Class<?> rootBeanType,
                               Path pathToTraversableObject, ElementType elementType) {
        return true;
    }

    @Override
    public boolean isCascadable(Object traversableObject, Path.Node traversableProperty, Class<?> rootBeanType,
                                Path pathToTraversableObject, ElementType elementType) {
        return true;
    }
}
