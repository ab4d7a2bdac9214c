package io.naap.db.deployment.rules;

import java.util.Set;
import java.util.TreeSet;

import org.objectweb.asm.ClassReader;

/** The classes a compiled class refers to, read from its constant pool (what its code calls or creates). */
public final class ClassReferences {

    /** Bytecode constant-pool tags of a class reference and of method references. */
    private static final int CONSTANT_CLASS = 7;
    private static final int CONSTANT_METHODREF = 10;
    private static final int CONSTANT_INTERFACE_METHODREF = 11;

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

    /** The methods a compiled class calls, as {@code owner#name} (dotted owner), read from its constant pool. */
    public static Set<String> methodsCalled(byte[] classFile) {
        ClassReader reader = new ClassReader(classFile);
        char[] buffer = new char[reader.getMaxStringLength()];
        Set<String> methods = new TreeSet<>();
        for (int item = 1; item < reader.getItemCount(); item++) {
            int offset = reader.getItem(item);
            if (offset > 0 && (reader.readByte(offset - 1) == CONSTANT_METHODREF
                    || reader.readByte(offset - 1) == CONSTANT_INTERFACE_METHODREF)) {
                String owner = reader.readClass(offset, buffer).replace('/', '.');
                int nameAndType = reader.getItem(reader.readUnsignedShort(offset + 2));
                methods.add(owner + "#" + reader.readUTF8(nameAndType, buffer));
            }
        }
        return methods;
    }
}
