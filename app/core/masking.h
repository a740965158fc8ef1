#pragma once

#include <QString>
#include <QStringList>

namespace warmline::core {

// What the server knows about the customer of a conversation: masked wherever it appears, on top of
// the patterns that catch what it does not know (another phone number, an address typed in).
struct PersonalData
{
    QString name;  // display name: "王芳", "Emily Carter"
    QString phone; // as stored: "13812345678", "+44 7700 900123"
    QString email;
    QString city;         // part of any address
    QStringList orderNos; // the customer's orders: "WL2024061512345678"
    QString locale;       // the customer's: masks read 【电话】 in Chinese, [phone] otherwise
};

// Masks a customer's personal data in text that is to be kept where every staff member reads it
// (the case library): names, phone numbers (Chinese mobiles with or without +86 and separators,
// landlines, international numbers), e-mail addresses, street addresses (Chinese and English) and
// order numbers, and any other long number (an ID or bank card). Known values come first, then
// patterns. Each kind is replaced by one placeholder in the customer's language — 【姓名】【电话】
// 【邮箱】【地址】【订单号】【号码】 or [name] [phone] [email] [address] [order no.] [number] — so the
// story still reads.
class PersonalDataMasker final
{
public:
    explicit PersonalDataMasker(PersonalData known);

    QString mask(const QString &text) const;

    enum class Kind { Name, Phone, Email, Address, OrderNo, Number };
    QString placeholder(Kind kind) const;

private:
    PersonalData m_known;
    bool m_chinese = true;
};

} // namespace warmline::core
