package dev.skillpack.core.arch;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.library.dependencies.SliceAssignment;
import com.tngtech.archunit.library.dependencies.SliceIdentifier;

/** Slices for cycle checks that, unlike {@code matching("a.(*)..")}, keep the root package as a slice of its own. */
final class PackageSlices {
    private PackageSlices() {
    }

    /**
     * @param root a package
     * @return one slice for {@code root} itself ("api") and one for each package directly below it with all
     *         its subpackages; classes outside {@code root} are ignored
     */
    static SliceAssignment firstLevelBelow(String root) {
        return new SliceAssignment() {
            @Override
            public SliceIdentifier getIdentifierOf(JavaClass javaClass) {
                String name = javaClass.getPackageName();
                if (name.equals(root)) {
                    return SliceIdentifier.of("api");
                }
                if (!name.startsWith(root + ".")) {
                    return SliceIdentifier.ignore();
                }
                String rest = name.substring(root.length() + 1);
                int dot = rest.indexOf('.');
                return SliceIdentifier.of(dot < 0 ? rest : rest.substring(0, dot));
            }

            @Override
            public String getDescription() {
                return root + " and each package directly below it";
            }
        };
    }

    /** @return one slice per package */
    static SliceAssignment everyPackage() {
        return new SliceAssignment() {
            @Override
            public SliceIdentifier getIdentifierOf(JavaClass javaClass) {
                return SliceIdentifier.of(javaClass.getPackageName());
            }

            @Override
            public String getDescription() {
                return "every package";
            }
        };
    }
}
