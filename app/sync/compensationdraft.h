#pragma once

#include "core/compensation.h"

#include <optional>
#include <QList>
#include <QMap>
#include <QString>

namespace warmline::sync {

// What the agent is putting together in the compensation picker, and the rules that say what they
// may do with it: the options proposed for the complaint, which of them are ticked, the amounts
// typed per remedy, the reason, the agent's authority and what is left on the order. A plain value
// with no widgets and no text for people: the panel shows it, this decides.
//
// Ticking several options gives them together (each remedy once) when deciding or asking for
// approval, or lets the customer choose one of them when offering.
class CompensationDraft
{
public:
    // Why the selection cannot be sent as it is.
    enum class Problem {
        None,
        AmountOutOfBounds, // a typed amount is unreadable or outside its remedy's bounds
        OverOrderRoom      // together, or as its dearest offered option, more than the order has left
    };
    struct Validity
    {
        Problem problem = Problem::None;
        core::RemedyKind kind = core::RemedyKind::Coupon; // AmountOutOfBounds: the remedy
        core::AmountBounds bounds;                        // AmountOutOfBounds: what it may be
        core::Money room;                                 // OverOrderRoom: what is left of the order
        bool isValid() const { return problem == Problem::None; }
    };
    // What to tell the agent next, in order of precedence.
    enum class Hint {
        NothingPicked,  // tick an option (or 2–3 to offer)
        Problem,        // validity() says what is wrong
        NeedReason,     // everything else is fine, but the reason is empty
        TooManyToOffer, // more than 3 ticked: they can only be given together
        NotOfferable,   // 2–3 ticked, but one is above the case limit or the dearest above today's budget
        Ready           // nothing more to say
    };

    CompensationDraft() = default;
    explicit CompensationDraft(QList<core::CompensationOption> options);

    // The options proposed for the complaint. Replacing them drops the ticks (their indexes would
    // mean other options); typed amounts stay, like the editors keep what was typed.
    void setOptions(QList<core::CompensationOption> options);
    const QList<core::CompensationOption> &options() const { return m_options; }

    void setAuthority(const core::AuthorityStatus &authority) { m_authority = authority; }
    const core::AuthorityStatus &authority() const { return m_authority; }

    // The order's amount and what its compensations already give or hold.
    void setOrder(core::Money amount, core::Money given);
    core::Money orderAmount() const { return m_orderAmount; }
    core::Money orderGiven() const { return m_orderGiven; }
    // What is left of the order's ceiling (core::orderRoom).
    core::Money orderRoom() const;
    bool orderIsFull() const { return orderRoom() == core::Money(); }

    // What a typed amount of `kind` may be; without one set, core::remedyBounds for the order.
    void setBounds(core::RemedyKind kind, const core::AmountBounds &bounds);
    core::AmountBounds bounds(core::RemedyKind kind) const;

    // Indexes into options(); out of range ones are ignored.
    void setChecked(int index, bool checked);
    bool isChecked(int index) const;
    QList<int> checkedOptions() const; // ascending
    int checkedCount() const { return int(m_checked.size()); }

    // What the agent typed for a remedy: an amount, or std::nullopt for text that is not one.
    // A remedy without a typed amount costs what the option proposes. Typed amounts count only for
    // remedies of the ticked options.
    void setTypedAmount(core::RemedyKind kind, std::optional<core::Money> amount);
    void setUnreadableAmount(core::RemedyKind kind) { setTypedAmount(kind, std::nullopt); }
    void clearTypedAmount(core::RemedyKind kind);
    bool hasTypedAmount(core::RemedyKind kind) const { return m_typed.contains(kind); }
    // False when the typed amount of a ticked remedy is unreadable or outside its bounds.
    bool isAmountAccepted(core::RemedyKind kind) const;

    void setReason(const QString &reason) { m_reason = reason; }
    const QString &reason() const { return m_reason; }
    bool hasReason() const; // anything but blanks

    // Everything ticked, each remedy kind once (the first ticked option having it gives it), with
    // the typed amounts: what deciding or asking for approval gives.
    QList<core::Remedy> combinedRemedies() const;
    bool isPicked() const; // the ticked options give something
    // Each ticked option on its own, with the typed amounts: what an offer lets the customer choose.
    QList<QList<core::Remedy>> offerOptions() const;

    // What option `index` costs with the typed amounts (ticked or not), and whether the agent may
    // give that alone.
    core::Money optionCost(int index) const;
    core::AuthorityCheck optionCheck(int index) const;
    // What the combined remedies cost, and whether the agent may give that alone.
    core::Money totalCost() const;
    core::AuthorityCheck totalCheck() const;

    Validity validity() const;
    bool isValid() const { return validity().isValid(); }
    // 2–3 options ticked, each within the case limit and the dearest within today's remaining budget.
    bool isOfferable() const;

    // Something ticked, valid, with a reason, within authority.
    bool canDecide() const;
    // Something ticked, valid, with a reason, above authority.
    bool canAskApproval() const;
    // Valid, with a reason, and offerable.
    bool canOffer() const;
    Hint hint() const;

private:
    // The typed amount that counts for `kind` (readable, within bounds), if any.
    std::optional<core::Money> acceptedAmount(core::RemedyKind kind) const;
    core::Money costOf(const core::Remedy &proposed) const;
    bool isTicked(core::RemedyKind kind) const;

    QList<core::CompensationOption> m_options;
    core::AuthorityStatus m_authority;
    core::Money m_orderAmount;
    core::Money m_orderGiven;
    QMap<core::RemedyKind, core::AmountBounds> m_bounds;
    QList<int> m_checked; // ascending, unique
    QMap<core::RemedyKind, std::optional<core::Money>> m_typed;
    QString m_reason;
};

} // namespace warmline::sync
