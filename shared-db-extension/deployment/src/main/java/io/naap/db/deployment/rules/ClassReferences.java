package io.naap.db.deployment.rules;

import java.util.Set;
import java.util.TreeSet;

import org.objectweb.asm.ClassReader;

/** The classes a compiled class refers to, read from its constant pool (what its code calls or creates). */
public final class ClassReferences {

    /** Bytecode constant-pool tag of a class reference. */
    private static final int CONSTANT_CLASS = 7;

    private ClassReferences() {
    }

    public static Set<String> of(byte[] classFile) {
        ClassReader reader = new ClassReader(classFile);
        char[] buffer = new char[reader.getMaxStringLength()];
        Set<String> types = new TreeSet<>();
        for (int item = 1; item < reader.getItemCount(); item++) {
            int offset = reader.getItem(item);
            if (offset > 0 && reader.readByte(offset - 1) == CONSTANT_CLASS) {
                types.add(reader.readUTF8(offset, buffer).replace('/', '.'));
            }
        }
        return types;
    }
}
