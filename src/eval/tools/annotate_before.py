# One-off helper used once to write src/eval/annotations.tsv from the judgements below.
# The judgements are the annotator's (by hand, per word form); this script only places them
# at each occurrence the checker reported, and adds the true errors no checker version found.
import sys, re
rows = [l.rstrip("\n").split("\t") for l in open(sys.argv[1], encoding="utf-8") if not l.startswith("{")]
F = lambda cls: (False, "", cls)
T = lambda intended, cls: (True, intended, cls)
J = {
 "asesmen": F("ok KBBI"), "royong": F("ok gotong royong"), "diantaranya": T("di antaranya", "style"),
 "Persedian": T("Persediaan", "typo"), "persedian": T("persediaan", "typo"), "Cibeber": F("name place"),
 "Cisolok": F("name place"), "Parwasal": F("name place"), "menumbuhkembangkan": F("ok KBBI"),
 "gakkumdu": T("Gakkumdu", "case"), "tagline": T("slogan", "foreign"), "tapi": T("tetapi", "nonstandard"),
 "Tapi": T("Tetapi", "nonstandard"), "di hitung": T("dihitung", "style"), "se": T("se-", "style"),
 "mengkonsolidasikan": T("mengonsolidasikan", "nonstandard"), "anti": F("ok KBBI anti v"),
 "Kerjasama": T("Kerja sama", "nonstandard"), "kerjasama": T("kerja sama", "nonstandard"),
 "output": T("keluaran", "foreign"), "kedepan": T("ke depan", "style"), "Kabangsaan": T("Kebangsaan", "typo"),
 "Online": F("name program"), "Sukindra": F("name person"), "Jagongan": F("name event"), "Kalurahan": F("term DIY"),
 "kalurahan": F("term DIY"), "Jum'at": T("Jumat", "nonstandard"), "tarawih": F("ok KBBI"), "tamah": F("ok ramah tamah"),
 "mengkordinasikan": T("mengoordinasikan", "typo"), "hand": T("", "foreign"), "sanitizer": T("", "foreign"),
 "Permusyawaratan": F("ok KBBI"), "respon": T("respons", "nonstandard"), "e-goverment": T("e-government", "typo"),
 "Mohammad": F("name person"), "Uswanas": F("name person"), "Setyawan": F("name person"),
 "silahkan": T("silakan", "nonstandard"), "kekurngan": T("kekurangan", "typo"), "ditarget": F("ok passive verb"),
 "kerusahan": T("kerusakan", "typo"), "mengambnil": T("mengambil", "typo"), "Syakbani": F("name person"),
 "list": T("", "foreign"), "dimana": T("di mana", "style"), "harmony": F("name award"), "award": F("name award"),
 "dihadapan": T("di hadapan", "style"), "mensukseskan": T("menyukseskan", "nonstandard"),
 "mengkampanyekan": T("mengampanyekan", "nonstandard"), "Ketidur": F("name place"), "lokapasar": F("ok KBBI"),
 "marketplace": T("lokapasar", "foreign"), "Presidensi": F("ok KBBI"), "kemana": T("ke mana", "style"),
 "iitu": T("itu", "typo"), "Sementera": T("Sementara", "typo"), "antarafoto": F("nonprose byline"),
 "Semarapura": F("name place"), "dibidang": T("di bidang", "style"), "disia": T("disia-siakan", "style"),
 "menghimbau": T("mengimbau", "nonstandard"), "kapanpun": T("kapan pun", "style"), "dimanapun": T("di mana pun", "style"),
 "melakukukan": T("melakukan", "typo"), "Muhammadun": F("name person"), "Muntoko": F("name person"),
 "raker": F("ok KBBI acronym"), "pantarlih": F("term election acronym"), "kota-kendari": F("nonprose domain"),
 "taruna": F("ok KBBI"), "taruni": F("ok KBBI"), "Walikota": T("Wali kota", "nonstandard"), "inkrah": F("term legal"),
 "mempengaruhi": T("memengaruhi", "nonstandard"), "dibawah": T("di bawah", "style"), "kehadirat": T("ke hadirat", "style"),
 "Kehadirat": T("Ke hadirat", "style"), "hidayah-Nya": F("ok"), "apapun": T("apa pun", "style"), "bentu": T("bentuk", "typo"),
 "didalam": T("di dalam", "style"), "pembuatanlaporan": T("pembuatan laporan", "typo"), "diregister": F("ok passive verb"),
 "dismissal": T("", "foreign"), "pemohin": T("pemohon", "typo"), "capain": T("capaian", "typo"), "system": T("sistem", "foreign"),
 "diaula": T("di aula", "style"), "outdoor": T("luar ruang", "foreign"), "cekdptonline": F("nonprose domain"),
 "quick": T("", "foreign"), "count": T("", "foreign"), "independensi": F("ok KBBI"), "serba-serbi": F("ok KBBI"),
 "input": F("ok KBBI"), "Panitian": T("Panitia", "typo"), "soft": T("", "foreign"), "file": T("", "foreign"),
 "kondusivitas": F("ok regular derivation"), "insyaallah": F("ok KBBI"), "Sutardi": F("name person"),
 "panwaslu": T("Panwaslu", "case"), "kehadiat": T("ke hadirat", "typo"), "penyusunanya": T("penyusunannya", "typo"),
 "Kuasa-Nya": F("ok"), "berterimakasih": T("berterima kasih", "typo"), "azas": T("asas", "nonstandard"),
 "mendaptkan": T("mendapatkan", "typo"), "gitu": T("begitu", "nonstandard"), "pemprov": F("ok common noun abbreviation"),
 "menginstruksikan": F("ok KBBI"), "Stunting": T("Tengkes", "foreign"), "stunting": T("tengkes", "foreign"),
 "posyandu": F("ok KBBI"), "wib": T("WIB", "case"), "pkk": T("PKK", "case"), "kec": T("Kecamatan", "typo-abbrev"),
 "bumiaji": T("Bumiaji", "case"), "dlm": T("dalam", "typo-abbrev"), "sujiono": T("Sujiono", "case"),
 "danramil": T("Danramil", "case"), "rizkiyana": T("Rizkiyana", "case"), "panwascam": T("Panwascam", "case"),
 "sutanto": T("Sutanto", "case"), "ppk": T("PPK", "case"), "kpu": T("KPU", "case"), "bawaslu": T("Bawaslu", "case"),
 "yg": T("yang", "typo-abbrev"), "stakeholder": T("pemangku kepentingan", "foreign"), "pd": T("pada", "typo-abbrev"),
 "masing": T("masing-masing", "typo"), "trend": T("tren", "nonstandard"), "krn": T("karena", "typo-abbrev"),
 "jd": T("jadi", "typo-abbrev"), "personil": T("personel", "nonstandard"), "dri": T("dari", "typo-abbrev"),
 "bbrp": T("beberapa", "typo-abbrev"), "patisipatif": T("partisipatif", "typo"), "mempnyai": T("mempunyai", "typo"),
 "dpt": T("DPT", "case"), "sdh": T("sudah", "typo-abbrev"), "kmren": T("kemarin", "typo-abbrev"), "msih": T("masih", "typo"),
 "sbgai": T("sebagai", "typo-abbrev"), "elgislatif": T("legislatif", "typo"), "hanura": T("Hanura", "case"),
 "laporannyamengucapkan": T("laporannya mengucapkan", "typo"), "sugeng": F("regional phrase"), "rawuh": F("regional phrase"),
 "kakanwil": F("ok position acronym"), "negri": T("negeri", "nonstandard"), "sinergitas": T("sinergi", "nonstandard"),
 "kemenag": T("Kemenag", "case"), "Suprawoto": F("name person"), "Berjejaring": F("ok KBBI"),
 "terimakasihatas": T("terima kasih atas", "typo"), "Cendrawasih": F("name street"), "e-mail": T("surel", "foreign"),
 "kehadlirat": T("ke hadirat", "typo"), "terimakasih": T("terima kasih", "nonstandard"),
}
out = []
seen = set()
for r in rows:
    f, off, word = r[0], r[1], r[2]
    if word not in J:
        print("UNJUDGED", f, off, word, file=sys.stderr); continue
    v, intended, cls = J[word]
    out.append((f, int(off), word, v, intended, cls)); seen.add((f, int(off), word))
# True errors in the corpus that the checker of 2026-12-06 did not report at all (found by reading).
MISSED = [
 ("bawaslu-jateng-laporan-2018.txt", "ad", "ada", "typo", "ad acara"),
 ("bawaslu-jateng-laporan-2018.txt", "dimasukan", "dimasukkan", "typo", None),
 ("kominfo-siaran-pers-87-2019.txt", "ditindak lanjuti", "ditindaklanjuti", "style", None),
 ("diskominfo-fakfak-sosialisasi.txt", "diruang", "di ruang", "style", None),
 ("bawaslu-kebumen-partisipatif.txt", "sekilah", "sekolah", "typo", None),
 ("bawaslu-kebumen-partisipatif.txt", "di data", "didata", "style", None),
 ("kpu-pandeglang-siakba.txt", "terbedung", "terbendung", "typo", None),
 ("kpu-pandeglang-siakba.txt", "Adhok", "Ad Hoc", "typo", "ALL"),
 ("ppid-magetan-penyuluh-agama.txt", "di rekrut", "direkrut", "style", None),
 ("ppid-magetan-penyuluh-agama.txt", "sertaCepat", "serta Cepat", "typo", None),
 ("panwaslu-wewiku-laporan.txt", "DRPD", "DPRD", "typo", None),
 ("kpu-bali-klungkung-bimtek.txt", "ditingkat", "di tingkat", "style", None),
 ("polres-batu-rakor-pemilu.txt", "piak", "pihak", "typo", None),
 ("polres-batu-rakor-pemilu.txt", "indonesia", "Indonesia", "case", None),
]
for f, word, intended, cls, mode in MISSED:
    text = open("src/eval/corpus/" + f, encoding="utf-8").read()
    if mode == "ALL":
        offs = [m.start() for m in re.finditer(r"(?<!\w)" + re.escape(word) + r"(?!\w)", text)]
    elif mode:
        offs = [text.index(mode)]
    else:
        offs = [re.search(r"(?<!\w)" + re.escape(word) + r"(?!\w)", text).start()]
    for o in offs:
        if (f, o, word) not in seen:
            out.append((f, o, word, True, intended, cls)); seen.add((f, o, word))
with open("src/eval/annotations.tsv", "w", encoding="utf-8") as w:
    w.write("# Hand judgements of writing-check findings on src/eval/corpus (see src/eval/README.md).\n")
    w.write("# file\toffset\tword\tverdict\tintended\tclass\n")
    for f, o, word, v, intended, cls in sorted(out):
        w.write(f"{f}\t{o}\t{word}\t{'true' if v else 'false'}\t{intended}\t{cls}\n")
print(len(out), "annotations")
