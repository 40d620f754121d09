package org.crmkernel.bench;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.casbin.jcasbin.main.Enforcer;
import org.casbin.jcasbin.model.Model;
import org.crmkernel.bench.AccessOrganisation.RoleName;
import org.crmkernel.model.access.AccessDepth;
import org.crmkernel.model.access.Privilege;
import org.crmkernel.model.id.RecordKind;

/**
 * The access model of an {@link AccessOrganisation} as a jCasbin policy, RBAC with domains: the
 * peer the access check benchmark compares with. Casbin knows roles per user per domain,
 * resources and actions, not trees, owners, managers or shares, so each of those is spelled out
 * as role links in one of four kinds of domain (crm-bench/README.md has the whole mapping):
 *
 * <ul>
 *   <li>{@code B<unit>}: a business unit. Business unit depth links the user to {@code <role>@B} in
 *       their unit; parent-child depth links them to {@code <role>@P} in every unit below theirs
 *       (the subtree materialised, so the policy grows with descendant units).
 *   <li>{@code O:U<user>} / {@code O:T<team>}: an owner. User depth links the user to {@code
 *       <role>@U} in their own owner domain and in those of their owner teams; the manager
 *       hierarchy links a manager to {@code H1} in each direct report's owner domain and to {@code
 *       H2} in those of the reports below, down to the tenant's hierarchy depth (the chains
 *       materialised).
 *   <li>{@code org}: organisation depth ({@code <role>@O}); also the user's roles themselves, each
 *       linked to the capabilities {@code C:<kind>:<privilege>} it grants at user depth or more,
 *       team memberships ({@code T<team>}) and shares: a grantee is linked to {@code
 *       S:A<account>:<privilege>} for every right of every share (per record).
 * </ul>
 *
 * A role's privileges are split by depth into layers, each granted where its depth reaches:
 * {@code @U} holds those at user, unit or parent-child depth, {@code @B} those at unit or
 * parent-child depth, {@code @P} those at parent-child depth and {@code @O} those at organisation
 * depth (which hold everywhere, so the narrower layers leave them out). Shares and the manager
 * hierarchy count only for privileges some role grants on the kind, which the matcher checks
 * with the capability link.
 */
final class CasbinPolicy {

  /** The model: four request domains plus the two labels the matcher needs, one policy per role layer, kind and privilege. */
  static final String MODEL = String.join("\n",
      "[request_definition]",
      "r = sub, unit, owner, share, cap, obj, act",
      "",
      "[policy_definition]",
      "p = sub, dom, obj, act",
      "",
      "[role_definition]",
      "g = _, _, _",
      "",
      "[policy_effect]",
      "e = some(where (p.eft == allow))",
      "",
      "[matchers]",
      "m = r.obj == p.obj && r.act == p.act && ("
          + "p.dom == 'unit' && g(r.sub, p.sub, r.unit)"
          + " || p.dom == 'owner' && g(r.sub, p.sub, r.owner)"
          + " || p.dom == 'org' && g(r.sub, p.sub, 'org')"
          + " || p.dom == 'reports' && g(r.sub, p.sub, r.owner) && g(r.sub, r.cap, 'org')"
          + " || p.dom == 'share' && g(r.sub, r.share, 'org') && g(r.sub, r.cap, 'org'))");

  private static final RecordKind[] KINDS = {RecordKind.ACCOUNT, RecordKind.CONTACT, RecordKind.LEAD};

  final Enforcer enforcer;
  final int policyLines;
  final int groupingLines;

  private CasbinPolicy(AccessOrganisation org) {
    enforcer = new Enforcer(Model.newModelFromString(MODEL), null, false);
    List<List<String>> p = new ArrayList<>();
    List<List<String>> g = new ArrayList<>();
    Map<RoleName, EnumMap<Layer, Boolean>> layersOf = new EnumMap<>(RoleName.class);
    for (RoleName name : RoleName.values()) {
      EnumMap<Layer, Boolean> present = new EnumMap<>(Layer.class);
      for (Layer layer : Layer.values()) {
        present.put(layer, false);
      }
      for (RecordKind kind : KINDS) {
        for (Privilege privilege : Privilege.values()) {
          AccessDepth depth = org.roles.get(name).grants().depth(kind, privilege);
          if (depth == AccessDepth.NONE) {
            continue;
          }
          g.add(List.of(name.label, cap(kind, privilege), "org"));
          for (Layer layer : Layer.values()) {
            if (layer.holds(depth)) {
              p.add(List.of(name.label + layer.suffix, layer.domain, object(kind), privilege.label()));
              present.put(layer, true);
            }
          }
        }
      }
      layersOf.put(name, present);
    }
    for (RecordKind kind : KINDS) {
      for (Privilege privilege : Privilege.values()) {
        if (privilege.isShareable()) {
          p.add(List.of("share", "share", object(kind), privilege.label()));
        }
        if (AccessOrganisation.HIERARCHY_DEPTH >= 1 && (privilege == Privilege.READ || privilege == Privilege.WRITE
            || privilege == Privilege.APPEND || privilege == Privilege.APPEND_TO)) {
          p.add(List.of("H1", "reports", object(kind), privilege.label()));
        }
        if (AccessOrganisation.HIERARCHY_DEPTH >= 2 && privilege == Privilege.READ) {
          p.add(List.of("H2", "reports", object(kind), privilege.label()));
        }
      }
    }
    int[][] below = new int[org.unitCount][];
    for (int n = 0; n < AccessOrganisation.USERS; n++) {
      String user = user(n);
      int unit = org.userUnit[n];
      for (RoleName name : org.rolesOf(n)) {
        EnumMap<Layer, Boolean> present = layersOf.get(name);
        g.add(List.of(user, name.label, "org"));
        if (present.get(Layer.USER)) {
          g.add(List.of(user, name.label + Layer.USER.suffix, ownerOfUser(n)));
          for (int t : org.teamsOfUser[n]) {
            if (t < AccessOrganisation.OWNER_TEAMS) {
              g.add(List.of(user, name.label + Layer.USER.suffix, ownerOfTeam(t)));
            }
          }
        }
        if (present.get(Layer.UNIT)) {
          g.add(List.of(user, name.label + Layer.UNIT.suffix, unit(unit)));
        }
        if (present.get(Layer.SUBTREE)) {
          if (below[unit] == null) {
            below[unit] = org.descendants(unit);
          }
          for (int d : below[unit]) {
            g.add(List.of(user, name.label + Layer.SUBTREE.suffix, unit(d)));
          }
        }
        if (present.get(Layer.ORGANIZATION)) {
          g.add(List.of(user, name.label + Layer.ORGANIZATION.suffix, "org"));
        }
      }
      for (int t : org.teamsOfUser[n]) {
        g.add(List.of(user, team(t), "org"));
      }
      // The manager hierarchy: this user's records reach their managers up the chain.
      int manager = org.userManager[n];
      for (int level = 1; level <= AccessOrganisation.HIERARCHY_DEPTH && manager >= 0; level++) {
        g.add(List.of(user(manager), level == 1 ? "H1" : "H2", ownerOfUser(n)));
        manager = org.userManager[manager];
      }
    }
    for (int s = 0; s < AccessOrganisation.SHARES; s++) {
      int grantee = org.shareGrantee[s];
      String who = grantee >= 0 ? user(grantee) : team(-grantee - 1);
      for (Privilege privilege : AccessOrganisation.rightsOf(org.shareRights[s])) {
        g.add(List.of(who, shareKey(org.shareAccount[s], privilege), "org"));
      }
    }
    policyLines = p.size();
    groupingLines = g.size();
    enforcer.addNamedPolicies("p", p);
    enforcer.addNamedGroupingPolicies("g", g);
  }

  /** Builds the policy of {@code org}. */
  static CasbinPolicy of(AccessOrganisation org) {
    return new CasbinPolicy(org);
  }

  /** The request for "may user {@code n} exercise {@code privilege} on account {@code a}?". */
  static String[] request(AccessOrganisation org, int n, Privilege privilege, int a) {
    int owner = org.accountOwner[a];
    return new String[] {user(n), unit(org.accountUnit[a]), owner >= 0 ? ownerOfUser(owner) : ownerOfTeam(-owner - 1),
        shareKey(a, privilege), cap(RecordKind.ACCOUNT, privilege), object(RecordKind.ACCOUNT), privilege.label()};
  }

  /** Casbin's answer to a request. */
  boolean enforce(String[] request) {
    return enforcer.enforce((Object[]) request);
  }

  private enum Layer {
    USER("@U", "owner"),
    UNIT("@B", "unit"),
    SUBTREE("@P", "unit"),
    ORGANIZATION("@O", "org");

    final String suffix;
    final String domain;

    Layer(String suffix, String domain) {
      this.suffix = suffix;
      this.domain = domain;
    }

    boolean holds(AccessDepth depth) {
      return switch (this) {
        case USER -> depth != AccessDepth.ORGANIZATION;
        case UNIT -> depth == AccessDepth.BUSINESS_UNIT || depth == AccessDepth.PARENT_CHILD_UNITS;
        case SUBTREE -> depth == AccessDepth.PARENT_CHILD_UNITS;
        case ORGANIZATION -> depth == AccessDepth.ORGANIZATION;
      };
    }
  }

  private static String user(int n) {
    return "U" + n;
  }

  private static String team(int t) {
    return "T" + t;
  }

  private static String unit(int u) {
    return "B" + u;
  }

  private static String ownerOfUser(int n) {
    return "O:U" + n;
  }

  private static String ownerOfTeam(int t) {
    return "O:T" + t;
  }

  private static String shareKey(int account, Privilege privilege) {
    return "S:A" + account + ":" + privilege.label();
  }

  private static String cap(RecordKind kind, Privilege privilege) {
    return "C:" + object(kind) + ":" + privilege.label();
  }

  private static String object(RecordKind kind) {
    return kind.name().toLowerCase(java.util.Locale.ROOT);
  }
}
