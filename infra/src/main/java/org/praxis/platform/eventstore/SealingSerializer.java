package org.praxis.platform.eventstore;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.MissingNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import org.axonframework.serialization.Converter;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.SerializedType;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.SimpleSerializedObject;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;

/**
 * Crypto-shredding for the event store (ADR 8): wraps the event serializer and encrypts every
 * {@link org.praxis.events.PersonalData} value with its subject's key (AES-256-GCM, the subject id
 * as associated data) before it is stored; reading decrypts it again. Once the key is destroyed, the
 * value reads as empty ({@code ""}, {@code []} or {@code null}) and the rest of the event stays intact.
 */
public class SealingSerializer implements Serializer {

    private static final String SEALED = "sealed:v1:";
    private static final int IV_BYTES = 12;
    private static final int TAG_BITS = 128;

    private final Serializer delegate;
    private final DataKeys keys;
    private final ObjectMapper json = new ObjectMapper();
    private final SecureRandom random = new SecureRandom();

    public SealingSerializer(Serializer delegate, DataKeys keys) {
        this.delegate = delegate;
        this.keys = keys;
    }

    @Override
    public <T> SerializedObject<T> serialize(Object object, Class<T> expectedRepresentation) {
        Optional<PersonalFields> personal = object == null ? Optional.empty() : PersonalFields.of(object.getClass());
        if (personal.isEmpty()) {
            return delegate.serialize(object, expectedRepresentation);
        }
        SerializedObject<JsonNode> plain = delegate.serialize(object, JsonNode.class);
        ObjectNode tree = (ObjectNode) plain.getData().deepCopy();
        String subject = tree.path(personal.get().subject()).asText();
        List<PersonalFields.Path> present = personal.get().paths().stream()
                .filter(path -> !value(tree, path).isMissingNode() && !value(tree, path).isNull()).toList();
        if (!present.isEmpty()) {
            SecretKey key = keys.findOrCreate(subject);
            present.forEach(path -> parent(tree, path).set(last(path),
                    TextNode.valueOf(seal(value(tree, path), key, subject))));
        }
        return getConverter().convert(new SimpleSerializedObject<>(tree, JsonNode.class, plain.getType()),
                expectedRepresentation);
    }

    @Override
    public <S, T> T deserialize(SerializedObject<S> serializedObject) {
        Optional<PersonalFields> personal = personalFieldsOf(serializedObject.getType());
        if (personal.isEmpty()) {
            return delegate.deserialize(serializedObject);
        }
        JsonNode data = getConverter().convert(serializedObject, JsonNode.class).getData();
        ObjectNode tree = (ObjectNode) data.deepCopy();
        String subject = tree.path(personal.get().subject()).asText();
        List<PersonalFields.Path> sealed = personal.get().paths().stream()
                .filter(path -> value(tree, path).asText("").startsWith(SEALED)).toList();
        if (!sealed.isEmpty()) {
            Optional<SecretKey> key = keys.find(subject);
            sealed.forEach(path -> parent(tree, path).set(last(path), key
                    .map(found -> unseal(value(tree, path).asText(), found, subject)).orElseGet(() -> erased(path))));
        }
        return delegate.deserialize(new SimpleSerializedObject<>(tree, JsonNode.class, serializedObject.getType()));
    }

    private Optional<PersonalFields> personalFieldsOf(SerializedType type) {
        Class<?> javaType = delegate.classForType(type);
        return javaType == null ? Optional.empty() : PersonalFields.of(javaType);
    }

    private String seal(JsonNode value, SecretKey key, String subject) {
        try {
            byte[] iv = new byte[IV_BYTES];
            random.nextBytes(iv);
            Cipher cipher = cipher(Cipher.ENCRYPT_MODE, key, iv, subject);
            byte[] sealed = cipher.doFinal(json.writeValueAsBytes(value));
            return SEALED + Base64.getEncoder().encodeToString(ByteBuffer.allocate(iv.length + sealed.length)
                    .put(iv).put(sealed).array());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("could not encrypt personal data", e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private JsonNode unseal(String sealed, SecretKey key, String subject) {
        try {
            byte[] bytes = Base64.getDecoder().decode(sealed.substring(SEALED.length()));
            Cipher cipher = cipher(Cipher.DECRYPT_MODE, key, Arrays.copyOf(bytes, IV_BYTES), subject);
            return json.readTree(cipher.doFinal(bytes, IV_BYTES, bytes.length - IV_BYTES));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("personal data of " + subject + " does not match its key", e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Cipher cipher(int mode, SecretKey key, byte[] iv, String subject) throws GeneralSecurityException {
        Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
        cipher.init(mode, key, new GCMParameterSpec(TAG_BITS, iv));
        cipher.updateAAD(subject.getBytes(StandardCharsets.UTF_8));
        return cipher;
    }

    /** What an erased value reads as: empty, never a placeholder that could be mistaken for data. */
    private static JsonNode erased(PersonalFields.Path path) {
        return path.collection() ? JsonNodeFactory.instance.arrayNode() : TextNode.valueOf("");
    }

    private static JsonNode value(ObjectNode root, PersonalFields.Path path) {
        ObjectNode parent = parent(root, path);
        return parent == null ? MissingNode.getInstance() : parent.path(last(path));
    }

    private static ObjectNode parent(ObjectNode root, PersonalFields.Path path) {
        JsonNode node = root;
        List<String> names = path.names();
        for (String name : names.subList(0, names.size() - 1)) {
            node = node.get(name);
            if (node == null || !node.isObject()) {
                return null;
            }
        }
        return (ObjectNode) node;
    }

    private static String last(PersonalFields.Path path) {
        return path.names().get(path.names().size() - 1);
    }

    @Override
    public <T> boolean canSerializeTo(Class<T> expectedRepresentation) {
        return delegate.canSerializeTo(expectedRepresentation);
    }

    @Override
    public Class classForType(SerializedType type) {
        return delegate.classForType(type);
    }

    @Override
    public SerializedType typeForClass(Class type) {
        return delegate.typeForClass(type);
    }

    @Override
    public Converter getConverter() {
        return delegate.getConverter();
    }
}
