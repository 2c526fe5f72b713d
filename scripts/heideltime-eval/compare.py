"""Scores HeidelTime's and this project's DATE values on cases.txt (usage: compare.py OUT_DIR)."""
import json, re, sys, datetime as dt
OUT = sys.argv[1] if len(sys.argv) > 1 else '.'
cases=[l.rstrip('\n').split('|') for l in open('cases.txt') if l.strip() and not l.startswith('#')]
heid=[l for l in open(OUT + '/heidel.out')]
SEASON={'SP':(3,5),'SU':(6,8),'FA':(9,11),'WI':(12,2)}
def conv(v):
    m=re.fullmatch(r'(\d{4})-W(\d\d)',v)
    if m:
        mon=dt.date.fromisocalendar(int(m[1]),int(m[2]),1); return f"{mon}/{mon+dt.timedelta(days=6)}"
    m=re.fullmatch(r'(\d{4})-Q([1-4])',v)
    if m:
        q=int(m[2]); return f"{m[1]}-{3*q-2:02d}/{m[1]}-{3*q:02d}"
    m=re.fullmatch(r'(\d{4})-(SP|SU|FA|WI)',v)
    if m:
        a,b=SEASON[m[2]]; y=int(m[1]); return f"{y}-{a:02d}/{y+(1 if b<a else 0)}-{b:02d}"
    m=re.fullmatch(r'(\d{4})-H([12])',v)
    if m: return f"{m[1]}-01/{m[1]}-06" if m[2]=='1' else f"{m[1]}-07/{m[1]}-12"
    return v
ours={}
for l in open(OUT + '/ours/documents.jsonl'):
    r=json.loads(l); ours[r['id']]=[m['normalized'] for m in r['entities'] if m['type']=='DATE']
sh=so=0
rows=[]
for i,((s,p,e),h) in enumerate(zip(cases,heid)):
    hv=[conv(v) for v in re.findall(r'type="DATE" value="([^"]+)"',h)]
    ov=ours["c%02d"%i]
    okh = (hv==[] if e=='-' else hv==[e]); oko=(ov==[] if e=='-' else ov==[e])
    sh+=okh; so+=oko
    rows.append(f"| {s} | {p} | {e} | {', '.join(hv) or '—'} {'✓' if okh else '✗'} | {', '.join(ov) or '—'} {'✓' if oko else '✗'} |")
print("\n".join(rows)); print(f"HeidelTime {sh}/{len(cases)}  ours {so}/{len(cases)}")
