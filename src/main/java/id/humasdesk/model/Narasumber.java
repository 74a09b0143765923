package id.humasdesk.model;

/** A speaker or resource person named in a release, always with their title. */
public record Narasumber(String name, String title, String topic) {
    public Narasumber {
        name = TextUtil.clean(name);
        title = TextUtil.clean(title);
        topic = TextUtil.clean(topic);
    }

    public boolean isBlank() {
        return name.isEmpty() && title.isEmpty() && topic.isEmpty();
    }
}
