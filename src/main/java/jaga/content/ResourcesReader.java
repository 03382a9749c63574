package jaga.content;

import jaga.model.Language;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/** Reads content/resources.json, the one place each help contact is written. */
public final class ResourcesReader {
    public static final String FILE = "resources.json";
    private static final Pattern COUNTRY = Pattern.compile("[A-Z]{2}|INTL");
    private static final Pattern PHONE = Pattern.compile("[0-9][0-9 \\-]*[0-9]");

    private final RecordMapper records = new RecordMapper();

    public record Result(Optional<Resources> resources, List<ContentProblem> problems) {}

    public Result read(Path file) {
        JsonDocument document;
        try {
            document = JsonDocument.read(file, JsonDocument.strictFactory());
        } catch (JsonDocument.Unreadable e) {
            return new Result(Optional.empty(), List.of(ContentProblem.error(file, e.position(), JsonPaths.ROOT, e.getMessage())));
        }
        RecordMapper.Mapped<Resources> mapped = records.map(file, document, Resources.class);
        List<ContentProblem> problems = new ArrayList<>(mapped.problems());
        mapped.value().ifPresent(resources -> validate(file, document, resources, problems));
        boolean usable = mapped.value().isPresent() && problems.stream().noneMatch(ContentProblem::isError);
        return new Result(usable ? mapped.value() : Optional.empty(), problems);
    }

    private static void validate(Path file, JsonDocument document, Resources resources, List<ContentProblem> problems) {
        if (resources.formatVersion() == null || resources.formatVersion() != 1) {
            problems.add(ContentProblem.error(file, document.at("formatVersion"), "formatVersion", "resources format version must be 1"));
        }
        if (resources.contacts() == null || resources.contacts().isEmpty()) {
            problems.add(ContentProblem.error(file, document.at(JsonPaths.ROOT), "contacts", "there must be at least one contact"));
            return;
        }
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < resources.contacts().size(); i++) {
            String path = JsonPaths.index("contacts", i);
            Contact contact = resources.contacts().get(i);
            List<String> wrong = new ArrayList<>();
            if (contact.id() == null || !contact.id().matches("[a-z0-9]+(-[a-z0-9]+)*")) {
                wrong.add("an id in kebab-case");
            } else if (!ids.add(contact.id())) {
                wrong.add("an id not used by another contact ('" + contact.id() + "' is)");
            }
            if (contact.country() == null || !COUNTRY.matcher(contact.country()).matches()) {
                wrong.add("a country: a two-letter code such as MY, or INTL");
            }
            if (contact.audience() == null) {
                wrong.add("an audience: everyone or adults");
            }
            if (contact.phone() == null && contact.whatsapp() == null && contact.link() == null && contact.email() == null) {
                wrong.add("at least one of phone, whatsapp, link or email");
            }
            for (String number : new String[] {contact.phone(), contact.whatsapp()}) {
                if (number != null && !PHONE.matcher(number).matches()) {
                    wrong.add("phone numbers written as digits, spaces and hyphens ('" + number + "' is not)");
                }
            }
            if (contact.link() != null && !contact.link().startsWith("https://")) {
                wrong.add("a link starting with https:// ('" + contact.link() + "' does not)");
            }
            for (var text : new LocalizedText[] {contact.name(), contact.purpose()}) {
                if (text == null || !Language.codes().stream().allMatch(text::has)) {
                    wrong.add("a name and a purpose in both en and ms");
                    break;
                }
            }
            if (contact.hours() != null && !Language.codes().stream().allMatch(contact.hours()::has)) {
                wrong.add("hours in both en and ms");
            }
            for (String need : wrong) {
                problems.add(ContentProblem.error(file, document.at(path), path, "a contact needs " + need));
            }
        }
    }
}
