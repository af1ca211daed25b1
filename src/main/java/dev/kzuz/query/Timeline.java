package dev.kzuz.query;

import dev.kzuz.model.DateRange;
import dev.kzuz.model.DatedRecord;
import dev.kzuz.model.Institution;
import dev.kzuz.model.KbRecord;
import dev.kzuz.model.KnowledgeBase;
import dev.kzuz.model.Membership;
import dev.kzuz.model.MembershipStatus;
import dev.kzuz.model.PartialDate;
import dev.kzuz.model.RecordType;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * Every dated item in date order: treaties, events, and institution milestones (founded, a
 * country's change of standing, dissolved), each at its own precision.
 */
public final class Timeline {
    /** What happened on an item's date. */
    public enum What { SIGNED, HAPPENED, FOUNDED, MEMBER, OBSERVER, SUSPENDED, WITHDRAWN, DISSOLVED }

    /**
     * One dated item; {@code country} names who changed standing, for membership milestones, and
     * {@code periodSources} the sources of that membership period.
     */
    public record Item(DateRange date, What what, KbRecord record, String country, List<String> periodSources) {
        public Item(DateRange date, What what, KbRecord record, String country) {
            this(date, what, record, country, List.of());
        }

        /** The sources of what the item says: its membership period's, else those backing the record's values. */
        public List<String> sources() {
            return periodSources.isEmpty() ? record.preferredSourceIds() : periodSources;
        }
    }

    private Timeline() {
    }

    /** Items within [since, until] (null for open), with every party given, of the types given. */
    public static List<Item> of(KnowledgeBase kb, PartialDate since, PartialDate until, Set<String> parties, Set<RecordType> types) {
        LocalDate from = since == null ? LocalDate.MIN : since.earliest();
        LocalDate to = until == null ? LocalDate.MAX : until.latest();
        List<Item> items = new ArrayList<>();
        for (RecordType t : List.of(RecordType.TREATY, RecordType.EVENT)) {
            if (types.contains(t)) {
                for (DatedRecord d : kb.ofType(t, DatedRecord.class)) {
                    if (d.parties().containsAll(parties)) {
                        items.add(new Item(d.date(), t == RecordType.TREATY ? What.SIGNED : What.HAPPENED, d, null));
                    }
                }
            }
        }
        if (types.contains(RecordType.INSTITUTION)) {
            for (Institution i : kb.ofType(RecordType.INSTITUTION, Institution.class)) {
                milestones(i, parties, items);
            }
        }
        // Loops and an explicit comparator, not streams: this runs at start-up, where the first
        // lambda costs JDK 17 about 5 ms and each stream class weighs on the class-data archive.
        List<Item> within = new ArrayList<>();
        for (Item i : items) {
            if (i.date().overlaps(from, to)) {
                within.add(i);
            }
        }
        within.sort(ORDER);
        return List.copyOf(within);
    }

    /** By date, then record id, kind of milestone and country. */
    private static final Comparator<Item> ORDER = new Comparator<>() {
        @Override
        public int compare(Item a, Item b) {
            int c = a.date().compareTo(b.date());
            if (c == 0) {
                c = a.record().id().compareTo(b.record().id());
            }
            if (c == 0) {
                c = a.what().compareTo(b.what());
            }
            if (c == 0) {
                c = (a.country() == null ? "" : a.country()).compareTo(b.country() == null ? "" : b.country());
            }
            return c;
        }
    };

    private static void milestones(Institution i, Set<String> parties, List<Item> items) {
        List<String> members = i.parties();
        PartialDate founded = i.founded() == null ? null : i.founded().date();
        if (founded != null && members.containsAll(parties)) {
            items.add(new Item(DateRange.of(founded), What.FOUNDED, i, null));
        }
        for (Membership m : i.members()) {
            // A founder's membership starts with the founding, already on the timeline.
            boolean founder = m.from() != null && m.from().equals(founded) && m.status() == MembershipStatus.MEMBER;
            if (m.from() == null || founder || !(parties.isEmpty() || parties.equals(Set.of(m.country())) || parties.contains(m.country()))) {
                continue;
            }
            What what = what(m.status());
            if (what != null) {
                items.add(new Item(DateRange.of(m.from()), what, i, m.country(), m.sources()));
            }
        }
        if (i.dissolved() != null && members.containsAll(parties)) {
            items.add(new Item(DateRange.of(i.dissolved()), What.DISSOLVED, i, null));
        }
    }

    /** The milestone of a change to this standing; none for a party to the founding treaty, whose record is on the timeline. */
    private static What what(MembershipStatus status) {
        return switch (status) {
            case PARTY -> null;
            case MEMBER -> What.MEMBER;
            case OBSERVER -> What.OBSERVER;
            case SUSPENDED -> What.SUSPENDED;
            case WITHDRAWN -> What.WITHDRAWN;
        };
    }
}
