package org.trasloco.importers.contacts;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Union-find over the nodes of a merge, with what each group is known to be (its phone numbers and
 * its platform ids, at most one per network) and the user's "these two are different people",
 * which no union may break.
 */
final class DisjointSets {

    private final int[] parent;
    private final int[] size;
    private final List<Set<String>> phones;
    private final List<Map<String, String>> platformIds;
    private final List<List<Integer>> constrained;
    private final Map<Integer, Set<Integer>> apart = new HashMap<>();

    DisjointSets(int count) {
        parent = new int[count];
        size = new int[count];
        phones = new ArrayList<>(count);
        platformIds = new ArrayList<>(count);
        constrained = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            parent[i] = i;
            size[i] = 1;
            phones.add(new HashSet<>());
            platformIds.add(new HashMap<>());
            constrained.add(new ArrayList<>(0));
        }
    }

    void addPhone(int node, String phone) {
        phones.get(find(node)).add(phone);
    }

    void addPlatformId(int node, String network, String id) {
        platformIds.get(find(node)).putIfAbsent(network, id);
    }

    /** Nodes {@code a} and {@code b} must never end up in one group. */
    void keepApart(int a, int b) {
        if (apart.computeIfAbsent(a, k -> new HashSet<>()).add(b)) {
            constrained.get(find(a)).add(a);
        }
        if (apart.computeIfAbsent(b, k -> new HashSet<>()).add(a)) {
            constrained.get(find(b)).add(b);
        }
    }

    int find(int node) {
        int root = node;
        while (parent[root] != root) {
            root = parent[root];
        }
        while (parent[node] != root) {
            int next = parent[node];
            parent[node] = root;
            node = next;
        }
        return root;
    }

    /** Whether the groups of {@code a} and {@code b} may become one (the user did not say otherwise). */
    boolean mayJoin(int a, int b) {
        int rootA = find(a);
        int rootB = find(b);
        if (rootA == rootB) {
            return true;
        }
        List<Integer> smaller = constrained.get(rootA).size() <= constrained.get(rootB).size()
                ? constrained.get(rootA) : constrained.get(rootB);
        int other = smaller == constrained.get(rootA) ? rootB : rootA;
        for (int node : smaller) {
            for (int partner : apart.get(node)) {
                if (find(partner) == other) {
                    return false;
                }
            }
        }
        return true;
    }

    /**
     * Joins two groups unless the user keeps them apart.
     *
     * @return whether they are one group now
     */
    boolean union(int a, int b) {
        int rootA = find(a);
        int rootB = find(b);
        if (rootA == rootB) {
            return true;
        }
        if (!mayJoin(rootA, rootB)) {
            return false;
        }
        if (size[rootA] < size[rootB]) {
            int swap = rootA;
            rootA = rootB;
            rootB = swap;
        }
        parent[rootB] = rootA;
        size[rootA] += size[rootB];
        phones.get(rootA).addAll(phones.get(rootB));
        for (Map.Entry<String, String> id : platformIds.get(rootB).entrySet()) {
            platformIds.get(rootA).putIfAbsent(id.getKey(), id.getValue());
        }
        constrained.get(rootA).addAll(constrained.get(rootB));
        phones.set(rootB, Set.of());
        platformIds.set(rootB, Map.of());
        constrained.set(rootB, List.of());
        return true;
    }

    /** Whether the group of {@code node} is known by a phone number or a platform id. */
    boolean identified(int node) {
        int root = find(node);
        return !phones.get(root).isEmpty() || !platformIds.get(root).isEmpty();
    }

    /**
     * Whether two groups can be one person by what they are known as: no network with two different
     * ids, and not two different sets of numbers that share none.
     */
    boolean compatible(int a, int b) {
        int rootA = find(a);
        int rootB = find(b);
        for (Map.Entry<String, String> id : platformIds.get(rootA).entrySet()) {
            String other = platformIds.get(rootB).get(id.getKey());
            if (other != null && !other.equals(id.getValue())) {
                return false;
            }
        }
        Set<String> phonesA = phones.get(rootA);
        Set<String> phonesB = phones.get(rootB);
        if (phonesA.isEmpty() || phonesB.isEmpty()) {
            return true;
        }
        for (String phone : phonesA) {
            if (phonesB.contains(phone)) {
                return true;
            }
        }
        return false;
    }
}
