#include "sync/compensationdraft.h"

#include <algorithm>
#include <utility>

namespace warmline::sync {

using core::AuthorityCheck;
using core::Money;
using core::RemedyKind;

CompensationDraft::CompensationDraft(QList<core::CompensationOption> options)
    : m_options(std::move(options))
{
}

void CompensationDraft::setOptions(QList<core::CompensationOption> options)
{
    m_options = std::move(options);
    m_checked.clear();
}

void CompensationDraft::setOrder(Money amount, Money given)
{
    m_orderAmount = amount;
    m_orderGiven = given;
}

Money CompensationDraft::orderRoom() const
{
    return core::orderRoom(m_orderAmount, m_orderGiven);
}

void CompensationDraft::setBounds(RemedyKind kind, const core::AmountBounds &bounds)
{
    m_bounds.insert(kind, bounds);
}

core::AmountBounds CompensationDraft::bounds(RemedyKind kind) const
{
    const auto it = m_bounds.constFind(kind);
    return it != m_bounds.cend() ? *it : core::remedyBounds(kind, m_orderAmount);
}

void CompensationDraft::setChecked(int index, bool checked)
{
    if (index < 0 || index >= m_options.size())
        return;
    const auto it = std::lower_bound(m_checked.begin(), m_checked.end(), index);
    const bool present = it != m_checked.end() && *it == index;
    if (checked && !present)
        m_checked.insert(it, index);
    else if (!checked && present)
        m_checked.erase(it);
}

bool CompensationDraft::isChecked(int index) const
{
    return std::binary_search(m_checked.cbegin(), m_checked.cend(), index);
}

QList<int> CompensationDraft::checkedOptions() const
{
    return m_checked;
}

void CompensationDraft::setTypedAmount(RemedyKind kind, std::optional<Money> amount)
{
    m_typed.insert(kind, amount);
}

void CompensationDraft::clearTypedAmount(RemedyKind kind)
{
    m_typed.remove(kind);
}

bool CompensationDraft::isTicked(RemedyKind kind) const
{
    for (int index : m_checked) {
        const auto &remedies = m_options.at(index).remedies;
        if (std::any_of(remedies.cbegin(), remedies.cend(),
                        [kind](const core::Remedy &remedy) { return remedy.kind == kind; }))
            return true;
    }
    return false;
}

bool CompensationDraft::isAmountAccepted(RemedyKind kind) const
{
    const auto it = m_typed.constFind(kind);
    if (it == m_typed.cend() || !isTicked(kind))
        return true;
    return it->has_value() && bounds(kind).contains(**it);
}

std::optional<Money> CompensationDraft::acceptedAmount(RemedyKind kind) const
{
    const auto it = m_typed.constFind(kind);
    if (it == m_typed.cend() || !it->has_value() || !isTicked(kind) || !bounds(kind).contains(**it))
        return std::nullopt;
    return *it;
}

Money CompensationDraft::costOf(const core::Remedy &proposed) const
{
    return acceptedAmount(proposed.kind).value_or(proposed.cost);
}

bool CompensationDraft::isPicked() const
{
    return !combinedRemedies().isEmpty();
}

bool CompensationDraft::hasReason() const
{
    return !m_reason.trimmed().isEmpty();
}

QList<core::Remedy> CompensationDraft::combinedRemedies() const
{
    QList<core::Remedy> combined;
    for (const QList<core::Remedy> &option : offerOptions()) {
        for (const core::Remedy &remedy : option) {
            const bool seen = std::any_of(combined.cbegin(), combined.cend(),
                                          [&](const core::Remedy &r) { return r.kind == remedy.kind; });
            if (!seen)
                combined.append(remedy);
        }
    }
    return combined;
}

QList<QList<core::Remedy>> CompensationDraft::offerOptions() const
{
    QList<QList<core::Remedy>> result;
    for (int index : m_checked) {
        QList<core::Remedy> option;
        for (const core::Remedy &remedy : m_options.at(index).remedies)
            option.append(core::remedyWithCost(remedy.kind, costOf(remedy), m_orderAmount));
        result.append(option);
    }
    return result;
}

Money CompensationDraft::optionCost(int index) const
{
    Money cost;
    if (index < 0 || index >= m_options.size())
        return cost;
    for (const core::Remedy &remedy : m_options.at(index).remedies)
        cost += costOf(remedy);
    return cost;
}

AuthorityCheck CompensationDraft::optionCheck(int index) const
{
    return core::checkAuthority(optionCost(index), m_authority.authority());
}

Money CompensationDraft::totalCost() const
{
    return core::totalCost(combinedRemedies());
}

AuthorityCheck CompensationDraft::totalCheck() const
{
    return core::checkAuthority(totalCost(), m_authority.authority());
}

CompensationDraft::Validity CompensationDraft::validity() const
{
    Validity result;
    const QList<core::Remedy> combined = combinedRemedies();
    for (const core::Remedy &remedy : combined) {
        if (!isAmountAccepted(remedy.kind)) {
            result.problem = Problem::AmountOutOfBounds;
            result.kind = remedy.kind;
            result.bounds = bounds(remedy.kind);
            return result;
        }
    }
    // What one order may get in all: the server refuses more (over_order_value). An offer counts
    // its dearest option, as the customer may pick it.
    const Money room = orderRoom();
    Money dearest;
    for (const QList<core::Remedy> &option : offerOptions())
        dearest = std::max(dearest, core::countedTowardOrder(option));
    if (core::countedTowardOrder(combined) > room || dearest > room) {
        result.problem = Problem::OverOrderRoom;
        result.room = room;
    }
    return result;
}

bool CompensationDraft::isOfferable() const
{
    const int count = int(m_checked.size());
    if (count < 2 || count > 3)
        return false;
    Money dearest;
    for (const QList<core::Remedy> &option : offerOptions()) {
        const Money cost = core::totalCost(option);
        if (cost > m_authority.perCaseLimit)
            return false;
        dearest = std::max(dearest, cost);
    }
    return dearest <= m_authority.authority().remainingToday();
}

bool CompensationDraft::canDecide() const
{
    return isPicked() && isValid() && hasReason() && totalCheck() == AuthorityCheck::Within;
}

bool CompensationDraft::canAskApproval() const
{
    return isPicked() && isValid() && hasReason() && totalCheck() != AuthorityCheck::Within;
}

bool CompensationDraft::canOffer() const
{
    return isValid() && hasReason() && isOfferable();
}

CompensationDraft::Hint CompensationDraft::hint() const
{
    if (!isPicked())
        return Hint::NothingPicked;
    if (!isValid())
        return Hint::Problem;
    if (!hasReason())
        return Hint::NeedReason;
    const int count = int(m_checked.size());
    if (count > 3)
        return Hint::TooManyToOffer;
    if (count >= 2 && !isOfferable())
        return Hint::NotOfferable;
    return Hint::Ready;
}

} // namespace warmline::sync
