#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Regenerates the CSV fixtures read by test_csvreader, test_textencoding and
# test_csvdialectdetector, and the fuzzer's seed corpus. The results are committed; run this only to change or re-create them:
#
#     tests/data/csv/make-fixtures.sh
#
# The files are written byte by byte (printf and iconv) rather than edited by hand because their
# point is exact bytes: CR, CRLF, byte-order marks, UTF-16 and Windows-1252. The .gitattributes
# beside them keeps Git from converting line ends. Needs bash and iconv (Debian package libc-bin).
set -euo pipefail

cd "$(dirname "$0")"

# write FILE TEXT: TEXT with its backslash escapes (\r, \n, \t, \xHH) expanded, as UTF-8.
write() {
    printf '%b' "$2" >"$1"
}

# write_as ENCODING FILE TEXT: like write, converted from UTF-8 to ENCODING.
write_as() {
    printf '%b' "$3" | iconv -f UTF-8 -t "$1" >"$2"
}

# Quoted values with embedded delimiters and doubled quotes; UTF-8 without a byte-order mark.
write quoted.csv 'seller_id,shop_name,notes\n'\
'S-001,"Müller, Söhne & Co","He said ""hello"""\n'\
'S-002,"""Quoted"" start",plain\n'\
'S-003,"",""""\n'

# Line ends inside quoted values (CRLF, LF and CR), kept as they are; CRLF between records.
write newlines-in-fields.csv 'seller_id,address,note\r\n'\
'S-001,"Hauptstr. 1\r\n10115 Berlin",ok\r\n'\
'S-002,"line one\nline two\rline three",x\r\n'\
'S-003,last,"ends with a line end\r\n"\r\n'

# A UTF-8 byte-order mark, as Excel writes it for "CSV UTF-8".
write utf8-bom.csv '\xef\xbb\xbfseller_id,shop_name\nS-001,Bäckerei Größe\nS-002,Café Noël\n'

# Windows line ends.
write crlf.csv 'seller_id,orders\r\nS-001,12\r\nS-002,7\r\n'

# Classic Mac OS line ends: a lone CR.
write lone-cr.csv 'seller_id,orders\rS-001,12\rS-002,7\r'

# Excel's "Unicode Text": UTF-16 with a byte-order mark, tab-delimited, CRLF, values with tabs,
# quotes or line ends quoted. Little-endian as Excel writes it, and the big-endian twin.
readonly excel_unicode_text='seller_id\tshop_name\tcity\trevenue\r\n'\
'S-001\tMüller, Söhne\t東京\t1234.50\r\n'\
'S-002\t"Say ""cheese"""\tZürich\t€ 99\r\n'\
'S-003\t"Tab\there"\tŁódź\t0\r\n'
{ printf '\xff\xfe'; printf '%b' "$excel_unicode_text" | iconv -f UTF-8 -t UTF-16LE; } >utf16le-excel.txt
{ printf '\xfe\xff'; printf '%b' "$excel_unicode_text" | iconv -f UTF-8 -t UTF-16BE; } >utf16be-excel.txt

# Windows-1252 with the euro sign and typographic quotes (bytes 0x80-0x9F) and umlauts (0xC0-0xFF).
write_as WINDOWS-1252 windows-1252.csv 'seller_id,shop_name,city,revenue\r\n'\
'S-001,Bäckerei Müller,Köln,"1.234,50 €"\r\n'\
'S-002,Größenwahn GmbH – Filiale Süd,Düsseldorf,980 €\r\n'\
'S-003,„Café Français“,Straßburg,‰ 12\r\n'\
'S-004,Œuvre d’Art,Nîmes,–\r\n'

# What Excel in Germany saves as "CSV (Trennzeichen-getrennt)": Windows-1252, semicolons,
# decimal commas, d.m.Y dates, CRLF.
write_as WINDOWS-1252 semicolon-decimal-comma.csv 'Verkäufer-ID;Shopname;Umsatz;Rücksendequote;Datum\r\n'\
'S-001;Müller & Söhne;1.234,56;0,05;15.01.2024\r\n'\
'S-002;"Schmidt; Partner";980,00;0,12;16.01.2024\r\n'\
'S-003;Weiß;12,5;0;17.01.2024\r\n'\
'S-004;Öko-Laden;7,25;0,3;18.01.2024\r\n'

# Rows with fewer and more values than the header.
write ragged-rows.csv 'seller_id,shop_name,orders\nS-001,Alpha,3\nS-002,Beta\nS-003,Gamma,5,extra\nS-004,Delta,6\n'

# Nothing at all.
: >empty.csv

# A header and no data.
write header-only.csv 'seller_id,shop_name,email\n'

# Empty values, quoted and unquoted, at the start, middle and end of records.
write empty-fields.csv 'a,b,c\n,,\n1,,3\n"",x,\n'

# The last record without a line end.
write no-final-newline.csv 'seller_id,orders\nS-001,12\nS-002,7'

# A quoted value that is never closed: the rest of the file ends up in it.
write unterminated-quote.csv 'seller_id,note\nS-001,"never closed\nS-002,next\n'

# A quote inside an unquoted value, and text after a closing quote.
write malformed-quotes.csv 'seller_id,shop,note\nS-001,Bob"s shop,x\nS-002,"Quoted" tail,y\n'

# Blank lines between, before the end of, and after records, with every kind of line end.
write blank-lines.csv 'a,b\n\n1,2\r\n\r\n\n3,4\n\n'

# Latin-1 bytes that are not UTF-8: "café" with é as the single byte 0xE9.
write invalid-utf8.csv 'seller_id,shop_name\nS-001,caf\xe9\nS-002,ok\n'

# Pipe-delimited, with commas and semicolons inside the values.
write pipe.csv 'seller_id|shop_name|revenue|note\nS-001|Alpha, Beta|1,5|a; b\nS-002|Gamma|2,5|c\nS-003|Delta, Epsilon|3|d; e; f\n'

# The seed corpus of tests/fuzz/fuzz_csvreader: some of the fixtures above, each behind the byte
# that sets the fuzzer's chunk size (0x07: 8 bytes).
corpus=../../fuzz/corpus
mkdir -p "$corpus"
for fixture in quoted.csv newlines-in-fields.csv utf8-bom.csv lone-cr.csv utf16le-excel.txt windows-1252.csv \
    semicolon-decimal-comma.csv malformed-quotes.csv unterminated-quote.csv blank-lines.csv pipe.csv invalid-utf8.csv; do
    { printf '\x07'; cat "$fixture"; } >"$corpus/${fixture%.*}"
done

echo "fixtures written to $(pwd) and $(cd "$corpus" && pwd)"
